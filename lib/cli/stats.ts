/**
 * Graph statistics
 * ================
 * Counts by node type, relationship type, modality and kind: what `atlas stats` prints and what a curator checks
 * after editing the data. A commitment counts under every modality its sentence states ("opposes … and believes"
 * under both), so each count is what the modality filter and commitments-by-modality find; the counts then add up
 * to more than the commitments, by the sentences that state several.
 */
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { NODE_TYPES, RELATION_TYPES } from '../graph/schema';

export interface GraphSummary {
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /** Each commitment under every modality it states (its `modalities`), not only its first. */
  commitmentsByModality: Record<string, number>;
  /** The commitments whose sentence states more than one modality. */
  commitmentsWithSeveralModalities: number;
  commitmentsByKind: Record<string, number>;
  /** Per document id: its commitments, the issuer's own and the norms it asks of others. */
  commitmentsByDocument: Record<string, { total: number; self: number; others: number }>;
  curatedEdges: number;
}

function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

function ordered(record: Record<string, number>, order: readonly string[]): Record<string, number> {
  const keys = [
    ...order.filter((key) => key in record),
    ...Object.keys(record)
      .filter((key) => !order.includes(key))
      .sort(),
  ];
  return Object.fromEntries(keys.map((key) => [key, record[key] as number]));
}

export function summarize({ graph }: KnowledgeGraph): GraphSummary {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  const commitmentsByModality: Record<string, number> = {};
  const commitmentsByKind: Record<string, number> = {};
  const commitmentsByDocument: GraphSummary['commitmentsByDocument'] = {};
  let curatedEdges = 0;
  let commitmentsWithSeveralModalities = 0;
  graph.forEachNode((_key, attributes) => {
    increment(nodesByType, attributes.type);
    // Every document is listed, one with no commitment too: a curator checking a new document sees its zero.
    if (attributes.type === 'document') commitmentsByDocument[attributes.id] ??= { total: 0, self: 0, others: 0 };
    if (attributes.type === 'commitment' && 'modalities' in attributes) {
      const counts = (commitmentsByDocument[attributes.documentId] ??= { total: 0, self: 0, others: 0 });
      counts.total++;
      counts[attributes.kind]++;
      for (const modality of attributes.modalities) increment(commitmentsByModality, modality);
      if (attributes.modalities.length > 1) commitmentsWithSeveralModalities++;
      increment(commitmentsByKind, attributes.kind);
    }
  });
  graph.forEachEdge((_key, attributes) => {
    increment(edgesByType, attributes.type);
    if (attributes.basis === 'curated') curatedEdges++;
  });
  const byCount = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return {
    nodes: graph.order,
    edges: graph.size,
    nodesByType: ordered(nodesByType, NODE_TYPES),
    edgesByType: ordered(edgesByType, RELATION_TYPES),
    commitmentsByModality: byCount(commitmentsByModality),
    commitmentsWithSeveralModalities,
    commitmentsByKind: byCount(commitmentsByKind),
    commitmentsByDocument: Object.fromEntries(
      Object.entries(commitmentsByDocument).sort(([a], [b]) => a.localeCompare(b)),
    ),
    curatedEdges,
  };
}

export function formatSummary(summary: GraphSummary): string {
  const block = (title: string, record: Record<string, number>) =>
    [
      `${title}:`,
      ...Object.entries(record).map(([key, count]) => `  ${key.padEnd(28)} ${String(count).padStart(6)}`),
    ].join('\n');
  return [
    `${summary.nodes} nodes, ${summary.edges} relationships (${summary.curatedEdges} curated)`,
    block('Nodes by type', summary.nodesByType),
    block('Relationships by type', summary.edgesByType),
    block(
      `Commitments by modality (each under every modality it states; ${summary.commitmentsWithSeveralModalities} state more than one)`,
      summary.commitmentsByModality,
    ),
    block(
      'Commitments by kind (self = the issuer commits; others = a norm addressed to others)',
      summary.commitmentsByKind,
    ),
    [
      'Commitments by document (total: self + others):',
      ...Object.entries(summary.commitmentsByDocument).map(
        ([id, { total, self, others }]) => `  ${id.padEnd(28)} ${String(total).padStart(6)}: ${self} + ${others}`,
      ),
    ].join('\n'),
  ].join('\n');
}

/**
 * Memory store
 * ============
 * The embedded default: answers every question from the in-process knowledge graph (graphology), so the app
 * runs with no database at all. Built once per process from the data folder and kept.
 */
import type { SerializedGraph } from 'graphology-types';
import { assignLayout } from '../../graph/layout';
import { compareDocuments, documentOrderKey, type DocumentOrderKey } from '../../graph/document-order';
import type { KnowledgeGraph, NodeAttributes } from '../../graph/knowledge-graph';
import { type CommitmentNode, type DocumentNode, type Provenance, type SectionNode } from '../../graph/schema';
import { nodeDetailAttributes, toApiGraph } from '../../graph/serialize';
import { documentSummary } from '../document-summary';
import { commitmentRow } from '../commitment-row';
import { sortNeighbors } from '../neighbors';
import { buildKnowledgeGraph } from '../../ingest/build';
import { readInputs } from '../../ingest/read';
import { rankSearch } from '../../queries/search';
import { containsAllTerms, foldText, sentenceTerms } from '../../queries/sentence-match';
import { NotSupportedError } from '../errors';
import { runNamedQueryInMemory } from '../../queries/registry';
import { memoryMatrix } from './matrix';
import type {
  AtlasStore,
  QueryResult,
  CommitmentFilter,
  CommitmentRow,
  DocumentSummary,
  DocumentView,
  EdgeDetails,
  MatrixOptions,
  MatrixView,
  NodeDetails,
  NodeRef,
  ProvenanceView,
  SearchResult,
} from '../types';

export class MemoryStore implements AtlasStore {
  readonly backend = 'memory' as const;
  readonly kg: KnowledgeGraph;
  private serialized: SerializedGraph | undefined;
  private searchIndex: SearchResult[] | undefined;

  constructor(kg: KnowledgeGraph) {
    this.kg = kg;
  }

  private get graph_() {
    return this.kg.graph;
  }

  private ref(id: string): NodeRef {
    const a = this.graph_.getNodeAttributes(id);
    return { id, label: a.label, type: a.type };
  }

  private provenanceView(provenance: readonly Provenance[]): ProvenanceView[] {
    return provenance.map((p) => ({
      documentId: p.documentId,
      sectionId: p.sectionId,
      sectionTitle: this.graph_.hasNode(p.sectionId) ? this.graph_.getNodeAttribute(p.sectionId, 'label') : p.sectionId,
      quote: p.quote,
      start: p.start,
      end: p.end,
    }));
  }

  async stats() {
    return { nodes: this.graph_.order, edges: this.graph_.size };
  }

  async graph() {
    this.serialized ??= toApiGraph(this.graph_);
    return this.serialized;
  }

  async node(id: string): Promise<NodeDetails | undefined> {
    if (!this.graph_.hasNode(id)) return undefined;
    const attributes = this.graph_.getNodeAttributes(id);
    const neighbors: NodeDetails['neighbors'] = [];
    this.graph_.forEachEdge(id, (edge, e, source, target) => {
      const direction = source === id ? 'out' : 'in';
      const other = direction === 'out' ? target : source;
      neighbors.push({
        ...this.ref(other),
        relation: e.type,
        direction,
        basis: e.basis,
        ...(e.note ? { note: e.note } : {}),
        edge,
      });
    });
    sortNeighbors(neighbors);
    return {
      node: nodeDetailAttributes(attributes) as NodeDetails['node'],
      neighbors,
      provenance: this.provenanceView(attributes.provenance),
    };
  }

  async edge(id: string): Promise<EdgeDetails | undefined> {
    if (!this.graph_.hasEdge(id)) return undefined;
    const e = this.graph_.getEdgeAttributes(id);
    return {
      edge: {
        id,
        type: e.type,
        basis: e.basis,
        ...(e.note ? { note: e.note } : {}),
        ...(e.count !== undefined ? { count: e.count } : {}),
        ...(e.date ? { date: e.date } : {}),
      },
      source: this.ref(this.graph_.source(id)),
      target: this.ref(this.graph_.target(id)),
      provenance: this.provenanceView(e.provenance),
    };
  }

  async search(query: string, limit: number) {
    this.searchIndex ??= this.graph_.mapNodes((id, a) => ({ id, label: a.label, type: a.type, aliases: a.aliases }));
    return rankSearch(query, this.searchIndex, limit);
  }

  private actionOf(commitment: string): string | null {
    const under = this.graph_
      .outEdges(commitment)
      .find((edge) => this.graph_.getEdgeAttribute(edge, 'type') === 'UNDER');
    return under ? this.graph_.target(under) : null;
  }

  private involves(commitment: string, { curatedOnly = false } = {}): string[] {
    return this.graph_
      .outEdges(commitment)
      .filter((edge) => this.graph_.getEdgeAttribute(edge, 'type') === 'INVOLVES')
      .filter((edge) => !curatedOnly || this.graph_.getEdgeAttribute(edge, 'basis') === 'curated')
      .map((edge) => this.graph_.target(edge))
      .sort();
  }

  async matrix(options: MatrixOptions = {}): Promise<MatrixView> {
    return memoryMatrix(this.graph_, options);
  }

  async commitments(filter: CommitmentFilter): Promise<CommitmentRow[]> {
    const rows: CommitmentRow[] = [];
    const terms = filter.q === undefined ? null : sentenceTerms(filter.q);
    this.graph_.forEachNode((id, a) => {
      if (a.type !== 'commitment') return;
      const c = a as CommitmentNode & NodeAttributes;
      if (filter.modality && !c.modalities.includes(filter.modality)) return;
      if (filter.kind && c.kind !== filter.kind) return;
      if (filter.document && c.documentId !== filter.document) return;
      if (terms && !containsAllTerms(foldText(c.text), terms)) return;
      const actionId = this.actionOf(id);
      if (filter.action && actionId !== filter.action) return;
      const involves = this.involves(id);
      if (filter.forum && !involves.includes(filter.forum)) return;
      rows.push(
        commitmentRow({ ...c, id }, { actionId, involves, curatedInvolves: this.involves(id, { curatedOnly: true }) }),
      );
    });
    // Looked up once per document, not per comparison (a big graph sorts tens of thousands of rows).
    const keys = new Map<string, DocumentOrderKey>();
    const document = ({ documentId }: CommitmentRow) => {
      let key = keys.get(documentId);
      if (!key) keys.set(documentId, (key = documentOrderKey(this.graph_, documentId)));
      return key;
    };
    return rows.sort((a, b) => compareDocuments(document(a), document(b)) || a.start - b.start);
  }

  async documents(): Promise<DocumentSummary[]> {
    return this.graph_
      .filterNodes((_id, a) => a.type === 'document')
      .map((id) => {
        const d = this.graph_.getNodeAttributes(id) as DocumentNode;
        return documentSummary(id, d);
      })
      .sort(compareDocuments);
  }

  async document(id: string): Promise<DocumentView | undefined> {
    const text = this.kg.texts.get(id)?.text;
    if (!text || !this.graph_.hasNode(id)) return undefined;
    const d = this.graph_.getNodeAttributes(id) as DocumentNode;
    const sections: DocumentView['sections'] = [];
    const mentions: DocumentView['mentions'] = [];
    const commitments: DocumentView['commitments'] = [];
    this.graph_.forEachNode((nodeId, a) => {
      if (a.type === 'section' && (a as SectionNode).documentId === id) {
        const s = a as SectionNode;
        const parent = this.graph_
          .inNeighbors(nodeId)
          .find((n) => this.graph_.getNodeAttribute(n, 'type') === 'section');
        const defines = this.graph_
          .outNeighbors(nodeId)
          .find((n) => ['principle', 'goal', 'action'].includes(this.graph_.getNodeAttribute(n, 'type')));
        sections.push({
          id: nodeId,
          parentId: parent ?? null,
          title: s.title,
          heading: s.label,
          number: s.number,
          level: s.level,
          start: s.start,
          end: s.end,
          defines: defines ?? null,
        });
        this.graph_.forEachOutEdge(nodeId, (_edge, e, _source, entityId) => {
          if (e.type !== 'MENTIONS' || !e.spans) return;
          for (let i = 0; i + 1 < e.spans.length; i += 2)
            mentions.push({ entityId, start: e.spans[i] as number, end: e.spans[i + 1] as number });
        });
      } else if (a.type === 'commitment' && (a as CommitmentNode).documentId === id) {
        const c = a as CommitmentNode;
        const { start, end, modality, modalities, kind } = c;
        commitments.push({ id: nodeId, start, end, modality, modalities, kind });
      }
    });
    return {
      document: { ...documentSummary(id, d), sourceFile: d.sourceFile },
      text,
      sections: sections.sort((a, b) => a.start - b.start || a.level - b.level),
      mentions: mentions.sort((a, b) => a.start - b.start),
      commitments: commitments.sort((a, b) => a.start - b.start),
    };
  }

  async exportGraph(): Promise<SerializedGraph> {
    return this.graph_.export();
  }

  async runQuery(name: string, params: Record<string, unknown>): Promise<QueryResult> {
    return runNamedQueryInMemory(this.kg, name, params);
  }

  async cypher(): Promise<QueryResult> {
    throw new NotSupportedError(
      'Cypher needs the Neo4j backend: run `npm run neo4j:start`, `NEO4J_URI=bolt://127.0.0.1:7687 npm run atlas -- load`, then start the app with NEO4J_URI=bolt://127.0.0.1:7687',
    );
  }

  async close() {}
}

/** Builds the knowledge graph from a data folder, lays it out, and wraps it in a store. */
export function loadMemoryStore(dataDir: string): MemoryStore {
  const kg = buildKnowledgeGraph(readInputs(dataDir));
  assignLayout(kg.graph);
  return new MemoryStore(kg);
}

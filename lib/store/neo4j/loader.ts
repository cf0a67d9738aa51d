/**
 * Neo4j loader
 * ============
 * Writes a knowledge graph into Neo4j: the id constraint first, then nodes and relationships in UNWIND batches
 * that MERGE on stable ids, and only after everything is written, removes what the sources no longer hold. Every
 * write carries the content hash of the graph, so loading the same data twice changes nothing, and a load killed
 * midway is completed by the next one.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import { NODE_TYPES, RELATION_TYPES, type RelationType } from '../../graph/schema';
import { mapNeo4jError } from './errors';
import { ALL_TYPE_LABELS, ATLAS_LABEL, META_LABEL, edgeToProperties, labelsOf, nodeToProperties } from './records';

export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 1;

export const CONSTRAINTS = [
  `CREATE CONSTRAINT atlas_id IF NOT EXISTS FOR (n:${ATLAS_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT atlas_meta_id IF NOT EXISTS FOR (m:${META_LABEL}) REQUIRE m.id IS UNIQUE`,
];

/**
 * One statement for every node: on a fresh database each distinct statement costs seconds of planning and JIT
 * warm-up, and a statement per node type made that most of a small load. A batch holds nodes of one type, so its
 * labels (Cypher 5.26's dynamic labels, from the schema's closed list in ./records) and the load id are batch
 * parameters, and a row is just the node's properties: the parameters were most of the bytes on the wire, and
 * their transfer most of a batch's time (measured: .prof notes in the issue's closing note).
 */
export const NODE_MERGE = [
  'UNWIND $rows AS props',
  `MERGE (n:${ATLAS_LABEL} {id: props.id})`,
  'SET n = props, n.loadId = $loadId',
  'SET n:$($labels)',
  // Only a node whose type changed carries more labels than its type's; only it pays for the REMOVE.
  'WITH n WHERE size(labels(n)) > size($labels)',
  'REMOVE n:$($stale)',
].join('\n');

/** A statement per relationship type: a dynamic type in MERGE measured slower per row. */
export function relationshipMergeQuery(type: RelationType): string {
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${ATLAS_LABEL} {id: row.source})`,
    `MATCH (b:${ATLAS_LABEL} {id: row.target})`,
    `MERGE (a)-[r:${type}]->(b)`,
    'SET r = row.props, r.loadId = $loadId',
  ].join('\n');
}

const DELETE_STALE_RELATIONSHIPS = `
MATCH (:${ATLAS_LABEL})-[r]->(:${ATLAS_LABEL}) WHERE r.loadId IS NULL OR r.loadId <> $loadId
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

const DELETE_STALE_NODES = `
MATCH (n:${ATLAS_LABEL}) WHERE n.loadId IS NULL OR n.loadId <> $loadId
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

export interface LoadBatch {
  kind: 'nodes' | 'relationships';
  type: string;
  query: string;
  rows: Array<Record<string, unknown>>;
  /** The statement's other parameters (the load id, a node batch's labels). */
  params: Record<string, unknown>;
}

export interface LoadPlan {
  loadId: string;
  constraints: string[];
  nodesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
  batches: LoadBatch[];
  nodes: number;
  relationships: number;
}

/** Content hash of the graph and its texts: the same data always gets the same load id. */
export function contentHash(kg: KnowledgeGraph): string {
  const hash = createHash('sha256');
  kg.graph.forEachNode((key, attributes) => hash.update(`n\u0000${key}\u0000${JSON.stringify(attributes)}\n`));
  kg.graph.forEachEdge((key, attributes) => hash.update(`e\u0000${key}\u0000${JSON.stringify(attributes)}\n`));
  for (const [id, doc] of [...kg.texts].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`t\u0000${id}\u0000${doc.text}\n`);
  return hash.digest('hex').slice(0, 20);
}

export function planLoad(kg: KnowledgeGraph, batchSize = DEFAULT_BATCH_SIZE): LoadPlan {
  const loadId = contentHash(kg);
  const nodeRows = new Map<string, Array<Record<string, unknown>>>();
  kg.graph.forEachNode((key, attributes) => {
    const text = attributes.type === 'document' ? kg.texts.get(key)?.text : undefined;
    const rows = nodeRows.get(attributes.type) ?? [];
    rows.push({ ...nodeToProperties(attributes, text), id: key });
    nodeRows.set(attributes.type, rows);
  });
  const relationshipRows = new Map<string, Array<Record<string, unknown>>>();
  kg.graph.forEachEdge((key, attributes, source, target) => {
    const rows = relationshipRows.get(attributes.type) ?? [];
    rows.push({ source, target, props: edgeToProperties(key, attributes) });
    relationshipRows.set(attributes.type, rows);
  });

  const batches: LoadBatch[] = [];
  const chunk = (batch: Omit<LoadBatch, 'rows'>, rows: Array<Record<string, unknown>>) => {
    for (let i = 0; i < rows.length; i += batchSize) batches.push({ ...batch, rows: rows.slice(i, i + batchSize) });
  };
  for (const type of NODE_TYPES) {
    const labels = labelsOf(type);
    const stale = ALL_TYPE_LABELS.filter((label) => !labels.includes(label));
    chunk({ kind: 'nodes', type, query: NODE_MERGE, params: { loadId, labels, stale } }, nodeRows.get(type) ?? []);
  }
  for (const type of RELATION_TYPES) {
    const query = relationshipMergeQuery(type);
    chunk({ kind: 'relationships', type, query, params: { loadId } }, relationshipRows.get(type) ?? []);
  }

  const count = (rows: Map<string, unknown[]>) =>
    Object.fromEntries([...rows].map(([type, list]) => [type, list.length]));
  return {
    loadId,
    constraints: CONSTRAINTS,
    nodesByType: count(nodeRows),
    relationshipsByType: count(relationshipRows),
    batches,
    nodes: kg.graph.order,
    relationships: kg.graph.size,
  };
}

export interface LoadProgress {
  phase: 'constraints' | 'nodes' | 'relationships' | 'cleanup' | 'done';
  done: number;
  total: number;
}

export interface LoadResult {
  loadId: string;
  nodes: number;
  relationships: number;
  removedNodes: number;
  removedRelationships: number;
  ms: number;
  /** Where the time went: constraints and load marker, the MERGE batches, the removal of stale data. */
  phases: { setupMs: number; writeMs: number; cleanupMs: number };
}

export interface LoadOptions {
  database: string;
  batchSize?: number;
  /** Transactions in flight at once within a phase (nodes, then relationships). */
  concurrency?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export async function loadGraph(driver: Driver, kg: KnowledgeGraph, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const plan = planLoad(kg, options.batchSize);
  const { database } = options;
  const total = plan.nodes + plan.relationships;
  const progress = (phase: LoadProgress['phase'], done: number) => options.onProgress?.({ phase, done, total });
  try {
    progress('constraints', 0);
    for (const statement of plan.constraints) await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery(
      `MERGE (m:${META_LABEL} {id: 'atlas'}) SET m.loading = $loadId, m.loadStartedAt = datetime()`,
      { loadId: plan.loadId },
      { database },
    );
    const setupDone = performance.now();
    let done = 0;
    // Nodes first, all of them, then relationships: a relationship's ends must exist when it is merged.
    for (const kind of ['nodes', 'relationships'] as const) {
      const queue = plan.batches.filter((batch) => batch.kind === kind);
      const worker = async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          await driver.executeQuery(batch.query, { ...batch.params, rows: batch.rows }, { database });
          done += batch.rows.length;
          progress(kind, done);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, worker));
    }
    // Only now, with the whole new graph written, does anything the sources no longer hold go away.
    const writeDone = performance.now();
    progress('cleanup', done);
    const session = driver.session({ database });
    let removedRelationships = 0;
    let removedNodes = 0;
    try {
      const rels = await session.run(DELETE_STALE_RELATIONSHIPS, { loadId: plan.loadId });
      removedRelationships = rels.summary.counters.updates().relationshipsDeleted;
      const nodes = await session.run(DELETE_STALE_NODES, { loadId: plan.loadId });
      removedNodes = nodes.summary.counters.updates().nodesDeleted;
    } finally {
      await session.close();
    }
    await driver.executeQuery(
      `MERGE (m:${META_LABEL} {id: 'atlas'})
       SET m.loadId = $loadId, m.loadedAt = datetime(), m.nodes = $nodes, m.relationships = $relationships
       REMOVE m.loading`,
      { loadId: plan.loadId, nodes: plan.nodes, relationships: plan.relationships },
      { database },
    );
    progress('done', total);
    return {
      loadId: plan.loadId,
      nodes: plan.nodes,
      relationships: plan.relationships,
      removedNodes,
      removedRelationships,
      ms: Math.round(performance.now() - started),
      phases: {
        setupMs: Math.round(setupDone - started),
        writeMs: Math.round(writeDone - setupDone),
        cleanupMs: Math.round(performance.now() - writeDone),
      },
    };
  } catch (error) {
    throw mapNeo4jError(error, 'lib/store/neo4j/loader');
  }
}

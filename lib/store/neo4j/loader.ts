/**
 * Neo4j loader
 * ============
 * Writes a knowledge graph into Neo4j: the id constraint first, then nodes and relationships in UNWIND batches
 * keyed on stable ids (statements in ./load-statements), and only after everything is written, removes what the
 * sources no longer hold. Every write carries the content hash of the graph, so loading the same data twice
 * changes nothing, and a load killed midway is completed by the next one (which finds data, so merges).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/knowledge-graph';
import { NODE_TYPES, RELATION_TYPES, type RelationType } from '../../graph/schema';
import { packedParams, planColumns, type Column, type Field } from './columns';
import { mapNeo4jError } from './errors';
import {
  CONSTRAINTS,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  HAS_NO_ATLAS_DATA,
  SOURCE,
  TARGET,
  nodeWriteQuery,
  relationshipWriteQuery,
  type WriteMode,
} from './load-statements';
import { STORE_FORMAT } from './format';
import { ALL_TYPE_LABELS, META_LABEL, edgeFields, labelsOf, nodeFields, type EdgeRow, type NodeRow } from './records';

import { transactionGroups, writeGroups, type WritableBatch } from './load-writes';

export { CONSTRAINTS, type WriteMode } from './load-statements';
export { batchParameters, transactionGroups } from './load-writes';

export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Up to this many relationships, one statement writes every type (the type a parameter); above it, a statement per
 * type. On a fresh Neo4j each distinct statement costs ~0.5 s or more of planning and JIT warm-up, which is most of
 * a document-sized load (12 types: ~6 s of a 736-element load); a dynamic type costs more per row, which only a
 * big load notices.
 */
export const SHARED_RELATIONSHIP_STATEMENT_MAX = 50_000;
export const DEFAULT_CONCURRENCY = 1;

export interface LoadBatch extends WritableBatch {
  kind: 'nodes' | 'relationships';
  type: string;
}

export interface LoadPlan {
  loadId: string;
  constraints: string[];
  nodesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
  batches: LoadBatch[];
  /** The batches as the transactions they are written in, per phase (small batches share one: transactionGroups). */
  transactionsByKind: Record<LoadBatch['kind'], LoadBatch[][]>;
  /** How many transactions the writes take. */
  transactions: number;
  nodes: number;
  relationships: number;
}

/** Content hash of the graph and its texts: the same data always gets the same load id. */
export function contentHash(kg: KnowledgeGraph): string {
  const hash = createHash('sha256');
  // Fed in ~1 MB pieces: a hash update per element cost more than the hashing on a 600k-element graph.
  let pending: string[] = [];
  let pendingLength = 0;
  const add = (piece: string) => {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength < 1 << 20) return;
    hash.update(pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  kg.graph.forEachNode((key, attributes) => add(`n\u0000${key}\u0000${JSON.stringify(attributes)}\n`));
  kg.graph.forEachEdge((key, attributes) => add(`e\u0000${key}\u0000${JSON.stringify(attributes)}\n`));
  for (const [id, doc] of [...kg.texts].sort(([a], [b]) => a.localeCompare(b))) add(`t\u0000${id}\u0000${doc.text}\n`);
  hash.update(pending.join(''));
  return hash.digest('hex').slice(0, 20);
}

/** Cuts rows into batches of one statement, with the columns planned for all of them. */
function batchesOf<Row>(
  batch: Pick<LoadBatch, 'kind' | 'type' | 'params'>,
  rows: readonly Row[],
  columns: ReadonlyArray<Column<Row>>,
  batchSize: number,
): LoadBatch[] {
  if (rows.length === 0) return [];
  const query = (mode: WriteMode) =>
    batch.kind === 'nodes'
      ? nodeWriteQuery(columns, mode)
      : relationshipWriteQuery('type' in batch.params ? 'dynamic' : (batch.type as RelationType), columns, mode);
  const queries = { merge: query('merge'), create: query('create') };
  const batches: LoadBatch[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    const slice = rows.slice(i, i + batchSize);
    batches.push({ ...batch, queries, size: slice.length, packRows: () => packedParams(columns, slice) });
  }
  return batches;
}

export interface PlanOptions {
  /** Up to this many relationships, one statement for every type (default SHARED_RELATIONSHIP_STATEMENT_MAX). */
  sharedRelationshipMax?: number;
}

export function planLoad(kg: KnowledgeGraph, batchSize = DEFAULT_BATCH_SIZE, options: PlanOptions = {}): LoadPlan {
  const loadId = contentHash(kg);
  const nodeRows = new Map<string, NodeRow[]>();
  kg.graph.forEachNode((id, attributes) => {
    const text = attributes.type === 'document' ? kg.texts.get(id)?.text : undefined;
    const rows = nodeRows.get(attributes.type) ?? [];
    rows.push({ id, attributes, text });
    nodeRows.set(attributes.type, rows);
  });
  const relationshipRows = new Map<string, EdgeRow[]>();
  kg.graph.forEachEdge((key, attributes, source, target) => {
    const rows = relationshipRows.get(attributes.type) ?? [];
    rows.push({ key, attributes, source, target });
    relationshipRows.set(attributes.type, rows);
  });

  const batches: LoadBatch[] = [];
  // One layout for every node, so all node batches share one statement.
  const allNodes = [...nodeRows.values()].flat();
  const nodeColumns = planColumns(allNodes, nodeFields(allNodes));
  for (const type of NODE_TYPES) {
    const labels = labelsOf(type);
    const stale = ALL_TYPE_LABELS.filter((label) => !labels.includes(label));
    const params = { loadId, labels, stale };
    batches.push(...batchesOf({ kind: 'nodes', type, params }, nodeRows.get(type) ?? [], nodeColumns, batchSize));
  }
  const relationshipColumns = (rows: readonly EdgeRow[]) => {
    const fields: Array<Field<EdgeRow>> = [
      { key: SOURCE, read: (row) => row.source },
      { key: TARGET, read: (row) => row.target },
      ...edgeFields(rows),
    ];
    return planColumns(rows, fields);
  };
  // A small load: one layout and one statement for every type, the type a batch parameter.
  const shared = kg.graph.size <= (options.sharedRelationshipMax ?? SHARED_RELATIONSHIP_STATEMENT_MAX);
  const sharedColumns = shared ? relationshipColumns([...relationshipRows.values()].flat()) : undefined;
  for (const type of RELATION_TYPES) {
    const rows = relationshipRows.get(type) ?? [];
    const params = shared ? { loadId, type } : { loadId };
    const columns = sharedColumns ?? relationshipColumns(rows);
    batches.push(...batchesOf({ kind: 'relationships', type, params }, rows, columns, batchSize));
  }

  const transactionsByKind = {
    nodes: transactionGroups(
      batches.filter((batch) => batch.kind === 'nodes'),
      batchSize,
    ),
    relationships: transactionGroups(
      batches.filter((batch) => batch.kind === 'relationships'),
      batchSize,
    ),
  };
  const count = (rows: Map<string, unknown[]>) =>
    Object.fromEntries([...rows].map(([type, list]) => [type, list.length]));
  return {
    loadId,
    constraints: CONSTRAINTS,
    nodesByType: count(nodeRows),
    relationshipsByType: count(relationshipRows),
    batches,
    transactionsByKind,
    transactions: transactionsByKind.nodes.length + transactionsByKind.relationships.length,
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
  /** `create` when the database held no atlas data, else `merge`. */
  mode: WriteMode;
  nodes: number;
  relationships: number;
  removedNodes: number;
  removedRelationships: number;
  ms: number;
  /** Where the time went: planning, constraints and load marker; the write batches; the removal of stale data. */
  phases: { setupMs: number; writeMs: number; cleanupMs: number };
}

export interface LoadOptions extends PlanOptions {
  database: string;
  batchSize?: number;
  /** Transactions in flight at once within a phase (nodes, then relationships). */
  concurrency?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export async function loadGraph(driver: Driver, kg: KnowledgeGraph, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const { database } = options;
  try {
    options.onProgress?.({ phase: 'constraints', done: 0, total: kg.graph.order + kg.graph.size });
    // Neo4j creates the constraints while this process plans the batches (CPU-bound: seconds on a big graph).
    const constraintsCreated = (async () => {
      for (const statement of CONSTRAINTS) await driver.executeQuery(statement, {}, { database });
    })();
    const plan = planLoad(kg, options.batchSize, options);
    await constraintsCreated;
    const total = plan.nodes + plan.relationships;
    const progress = (phase: LoadProgress['phase'], done: number) => options.onProgress?.({ phase, done, total });
    const { records } = await driver.executeQuery(HAS_NO_ATLAS_DATA, {}, { database });
    const mode: WriteMode = records[0]?.get('empty') === true ? 'create' : 'merge';
    await driver.executeQuery(
      `MERGE (m:${META_LABEL} {id: 'atlas'}) SET m.loading = $loadId, m.loadStartedAt = datetime()`,
      { loadId: plan.loadId },
      { database },
    );
    const setupDone = performance.now();
    let done = 0;
    // Nodes first, all of them, then relationships: a relationship's ends must exist when it is written.
    for (const kind of ['nodes', 'relationships'] as const) {
      const queue = [...plan.transactionsByKind[kind]];
      const worker = async () => {
        const session = driver.session({ database });
        try {
          await writeGroups(session, queue, mode, (rows) => {
            done += rows;
            progress(kind, done);
          });
        } finally {
          await session.close();
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, worker));
    }
    // Only now, with the whole new graph written, does anything the sources no longer hold go away; after a
    // load into an empty database there is nothing else.
    const writeDone = performance.now();
    progress('cleanup', done);
    const removed =
      mode === 'merge' ? await removeStale(driver, database, plan.loadId) : { nodes: 0, relationships: 0 };
    await driver.executeQuery(
      `MERGE (m:${META_LABEL} {id: 'atlas'})
       SET m.loadId = $loadId, m.loadedAt = datetime(), m.nodes = $nodes, m.relationships = $relationships,
           m.format = $format
       REMOVE m.loading`,
      { loadId: plan.loadId, nodes: plan.nodes, relationships: plan.relationships, format: STORE_FORMAT },
      { database },
    );
    progress('done', total);
    return {
      loadId: plan.loadId,
      mode,
      nodes: plan.nodes,
      relationships: plan.relationships,
      removedNodes: removed.nodes,
      removedRelationships: removed.relationships,
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

async function removeStale(
  driver: Driver,
  database: string,
  loadId: string,
): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({ database });
  try {
    const relationships = await session.run(DELETE_STALE_RELATIONSHIPS, { loadId });
    const nodes = await session.run(DELETE_STALE_NODES, { loadId });
    return {
      relationships: relationships.summary.counters.updates().relationshipsDeleted,
      nodes: nodes.summary.counters.updates().nodesDeleted,
    };
  } finally {
    await session.close();
  }
}

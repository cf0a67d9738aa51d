/**
 * Loader statements
 * =================
 * The Cypher the loader runs: the constraints, one statement for all nodes and one per relationship type (rows
 * column-packed, see ./columns), and the removal of what a load no longer holds. Each write comes in two modes:
 * `merge` (the general case: MERGE on the stable ids, so a reload or a load after a crash changes only what
 * differs) and `create` (a database with no atlas data yet: nothing to match, so plain CREATE, which measured a
 * third less time per relationship; the id constraint still rejects a duplicate at commit).
 */
import type { RelationType } from '../../graph/schema';
import { rowMap, unpackClause, variableOf, type ColumnShape } from './columns';
import { ATLAS_LABEL, META_LABEL } from './records';

export type WriteMode = 'merge' | 'create';

export const CONSTRAINTS = [
  `CREATE CONSTRAINT atlas_id IF NOT EXISTS FOR (n:${ATLAS_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT atlas_meta_id IF NOT EXISTS FOR (m:${META_LABEL}) REQUIRE m.id IS UNIQUE`,
];

/** Answers `empty`: true when the database holds no atlas node (a count-store read, not a scan). */
export const HAS_NO_ATLAS_DATA = `MATCH (n:${ATLAS_LABEL}) RETURN count(n) = 0 AS empty`;

/** Endpoint columns of a relationship row; the `:` keeps them apart from any property key. */
export const SOURCE = ':source';
export const TARGET = ':target';

/**
 * One statement for every node: on a fresh database each distinct statement costs seconds of planning and JIT
 * warm-up, and a statement per node type made that most of a small load. A batch holds nodes of one type, so its
 * labels (Cypher 5.26's dynamic labels, from the schema's closed list in ./records) and the load id are batch
 * parameters, and the columns are planned once for all the load's nodes.
 */
export function nodeWriteQuery(columns: readonly ColumnShape[], mode: WriteMode): string {
  const map = rowMap(columns, { extra: { loadId: '$loadId' } });
  const properties = `SET n = ${map}`;
  const rows = [unpackClause(columns), 'UNWIND range(0, $count - 1) AS i'];
  // Properties given in CREATE (null values are not stored) measured ~10% less Neo4j time than CREATE then SET.
  if (mode === 'create') return [...rows, `CREATE (n:$($labels) ${map})`].join('\n');
  return [
    ...rows,
    `MERGE (n:${ATLAS_LABEL} {id: ${variableOf(columns, 'id')}[i]})`,
    properties,
    'SET n:$($labels)',
    // Only a node whose type changed carries more labels than its type's; only it pays for the REMOVE.
    'WITH n WHERE size(labels(n)) > size($labels)',
    'REMOVE n:$($stale)',
  ].join('\n');
}

/**
 * The relationship write: `type` fixed in the text (a statement per type), or `dynamic`, the type a batch parameter
 * (`$type`, one statement for every type; see relationshipStatements in ./loader for which a load uses).
 */
export function relationshipWriteQuery(
  type: RelationType | 'dynamic',
  columns: readonly ColumnShape[],
  mode: WriteMode,
): string {
  const map = rowMap(columns, { extra: { loadId: '$loadId' }, omit: [SOURCE, TARGET] });
  const relationship = type === 'dynamic' ? 'r:$($type)' : `r:${type}`;
  return [
    unpackClause(columns),
    'UNWIND range(0, $count - 1) AS i',
    `MATCH (a:${ATLAS_LABEL} {id: ${variableOf(columns, SOURCE)}[i]})`,
    `MATCH (b:${ATLAS_LABEL} {id: ${variableOf(columns, TARGET)}[i]})`,
    ...(mode === 'create'
      ? [`CREATE (a)-[${relationship} ${map}]->(b)`]
      : [`MERGE (a)-[${relationship}]->(b)`, `SET r = ${map}`]),
  ].join('\n');
}

/** Auto-commit (CALL … IN TRANSACTIONS): run with session.run, not executeQuery. */
export const DELETE_STALE_RELATIONSHIPS = `
MATCH (:${ATLAS_LABEL})-[r]->(:${ATLAS_LABEL}) WHERE r.loadId IS NULL OR r.loadId <> $loadId
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

export const DELETE_STALE_NODES = `
MATCH (n:${ATLAS_LABEL}) WHERE n.loadId IS NULL OR n.loadId <> $loadId
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

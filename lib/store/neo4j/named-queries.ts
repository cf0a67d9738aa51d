/**
 * Named queries on Neo4j
 * ======================
 * Runs a named query's own Cypher (defined once, beside its in-memory twin, in lib/queries/named) through the
 * store's read path, so parameters are validated and results shaped exactly as on the memory store.
 */
import { runNamedQueryCypher } from '../../queries/registry';
import type { QueryResult } from '../types';
import type { Neo4jStore } from './store';

export async function runNamedQueryOnNeo4j(
  store: Neo4jStore,
  name: string,
  params: Record<string, unknown>,
): Promise<QueryResult> {
  return runNamedQueryCypher(name, params, (query, parameters) => store.read(query, parameters));
}

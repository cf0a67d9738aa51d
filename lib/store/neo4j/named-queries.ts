/**
 * Named queries on Neo4j (placeholder until the questions issue wires the registry)
 * ==================================================================================
 */
import { NotFoundError } from '../errors';
import type { QueryResult } from '../types';
import type { Neo4jStore } from './store';

export async function runNamedQueryOnNeo4j(_store: Neo4jStore, name: string, _params: Record<string, unknown>): Promise<QueryResult> {
  throw new NotFoundError(`unknown query "${name}"`);
}

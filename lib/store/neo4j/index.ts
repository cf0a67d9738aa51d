/**
 * Neo4j store (placeholder until the Neo4j issue lands)
 * =====================================================
 */
import type { AtlasConfig } from '../../config';
import { NotSupportedError } from '../errors';
import type { AtlasStore } from '../types';

export async function createNeo4jStore(
  _neo4j: NonNullable<AtlasConfig['neo4j']>,
  _cypher: AtlasConfig['cypher'],
): Promise<AtlasStore> {
  throw new NotSupportedError('lib/store/neo4j: not built yet');
}

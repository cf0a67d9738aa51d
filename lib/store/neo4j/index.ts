/**
 * Neo4j store entry
 * =================
 * What the rest of the atlas imports: the store, the loader and the settings type. The driver stays in here.
 */
import type { AtlasConfig } from '../../config';
import type { AtlasStore } from '../types';
import { Neo4jStore } from './store';

export { Neo4jStore } from './store';
export { loadGraph, planLoad, contentHash, type LoadPlan, type LoadProgress, type LoadResult } from './loader';
export { createDriver, type Neo4jSettings } from './driver';

export async function createNeo4jStore(
  neo4jSettings: NonNullable<AtlasConfig['neo4j']>,
  cypher: AtlasConfig['cypher'],
): Promise<AtlasStore> {
  return new Neo4jStore(neo4jSettings, cypher);
}

/**
 * Store selection
 * ===============
 * The one store of this server process, chosen once from the configuration (memory by default, Neo4j when
 * NEO4J_URI is set) and kept on globalThis so dev-mode reloads do not open a driver per request.
 */
import 'server-only';
import { config } from '../config';
import type { AtlasStore } from './types';

const holder = globalThis as typeof globalThis & { __atlasStore?: Promise<AtlasStore> };

async function createStore(): Promise<AtlasStore> {
  const settings = config();
  if (settings.backend === 'neo4j' && settings.neo4j) {
    const { createNeo4jStore } = await import('./neo4j');
    return createNeo4jStore(settings.neo4j, settings.cypher);
  }
  const { loadMemoryStore } = await import('./memory');
  return loadMemoryStore(settings.dataDir);
}

export function getStore(): Promise<AtlasStore> {
  holder.__atlasStore ??= createStore().catch((error: unknown) => {
    // A failed start (bad data, bad configuration) is retried on the next request rather than cached forever.
    holder.__atlasStore = undefined;
    throw error;
  });
  return holder.__atlasStore;
}

export function configuredBackend(): 'memory' | 'neo4j' {
  try {
    return config().backend;
  } catch {
    return 'memory';
  }
}

/**
 * Store selection
 * ===============
 * The one store of this server process, chosen once from the configuration (memory by default, Neo4j when
 * NEO4J_URI is set) and kept on globalThis so dev-mode reloads do not open a driver per request.
 */
import 'server-only';
import { config } from '../config';
// Static imports: a dynamic import gave the Neo4j store its own copy of shared modules (lib/store/errors) in the
// production bundle, so its errors were no longer recognised by the routes.
import { generateSyntheticGraph } from '../graph/synthetic';
import { loadMemoryStore, MemoryStore } from './memory';
import { createNeo4jStore } from './neo4j';
import type { AtlasStore } from './types';

const holder = globalThis as typeof globalThis & { __atlasStore?: Promise<AtlasStore> };

async function createStore(): Promise<AtlasStore> {
  const settings = config();
  if (settings.backend === 'neo4j' && settings.neo4j) {
    return createNeo4jStore(settings.neo4j, settings.cypher);
  }
  if (settings.syntheticOrder) return new MemoryStore(generateSyntheticGraph(settings.syntheticOrder));
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

/**
 * CLI store
 * =========
 * The store a CLI command reads: Neo4j when the configuration says so (NEO4J_URI set, or ATLAS_BACKEND=neo4j),
 * otherwise the memory store built from the data folder. `withStore` always closes it, so the process can exit.
 */
import { config } from '../config';
import type { AtlasStore } from '../store/types';

export interface StoreOptions {
  /** Data folder for the memory store (ignored with Neo4j). */
  data?: string;
}

export async function openStore(options: StoreOptions = {}): Promise<AtlasStore> {
  const settings = config();
  if (settings.backend === 'neo4j' && settings.neo4j) {
    const { createNeo4jStore } = await import('../store/neo4j');
    return createNeo4jStore(settings.neo4j, settings.cypher);
  }
  const { loadMemoryStore } = await import('../store/memory');
  return loadMemoryStore(options.data ?? settings.dataDir);
}

export async function withStore<T>(options: StoreOptions, action: (store: AtlasStore) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await action(store);
  } finally {
    await store.close();
  }
}

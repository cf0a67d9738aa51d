/**
 * CLI store
 * =========
 * The store a CLI command reads: Neo4j when the configuration says so (NEO4J_URI set, or ATLAS_BACKEND=neo4j),
 * otherwise the memory store built from the data folder. `withStore` always closes it, so the process can exit.
 * A Neo4j database with no atlas data answers every question with nothing (a database nobody has loaded yet is not
 * an error); at a terminal that reads as "no results", so `query` and `export` say why (`emptyStoreHint`).
 */
import { config, ConfigError } from '../config';
import type { AtlasStore, Backend, GraphStats } from '../store/types';

export interface StoreOptions {
  /** Data folder for the memory store. */
  data?: string;
  /** The user gave `--data` on the command line (not its default): `atlas <command>` names it if it is refused. */
  dataGiven?: { command: string };
}

export async function openStore(options: StoreOptions = {}): Promise<AtlasStore> {
  const settings = config();
  if (settings.backend === 'neo4j' && settings.neo4j) {
    // An explicit --data asks for that folder; answering from Neo4j instead (a NEO4J_URI left in the shell) would
    // show other data without a word. Which one was meant is the user's to say.
    if (options.dataGiven) {
      throw new ConfigError(
        `atlas ${options.dataGiven.command}: --data ${options.data} reads a data folder, but NEO4J_URI is set, so the answer would come from Neo4j: unset NEO4J_URI (or set ATLAS_BACKEND=memory) to read the folder, or leave out --data`,
      );
    }
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

/**
 * The line to print when a command answered from a Neo4j database that holds no atlas data at all: empty rows or an
 * empty file would otherwise look like a real answer (`npm run neo4j:start` without `atlas load` gives just that).
 */
export function emptyStoreHint(command: string, backend: Backend, stats: GraphStats): string | undefined {
  if (backend !== 'neo4j' || stats.nodes > 0) return undefined;
  return `atlas ${command}: note: the Neo4j database holds no atlas data (nothing has been loaded into it): load it with \`npm run atlas -- load\` (same NEO4J_URI, NEO4J_DATABASE)`;
}

/** `emptyStoreHint` for a store, asked only when the answer was empty (one cheap count, Neo4j only). */
export async function emptyStoreNote(command: string, store: AtlasStore): Promise<string | undefined> {
  if (store.backend !== 'neo4j') return undefined;
  return emptyStoreHint(command, store.backend, await store.stats());
}

/**
 * Integration helpers
 * ===================
 * Connection settings for the Neo4j the global setup started (or NEO4J_URI), a store and a driver on it, and a
 * helper that loads a graph the way `atlas load` does. Every suite starts from a state it loads itself.
 */
import { inject } from 'vitest';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';
import { assignLayout } from '@/lib/graph/layout';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import { createDriver, type Neo4jSettings } from '@/lib/store/neo4j/driver';
import { loadGraph, type LoadOptions } from '@/lib/store/neo4j/loader';
import { Neo4jStore } from '@/lib/store/neo4j/store';

export function neo4jSettings(): Neo4jSettings {
  const uri = inject('neo4jUri');
  if (!uri) throw new Error('test/integration: no Neo4j URI was provided by the global setup');
  return {
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_URI ? process.env.NEO4J_PASSWORD : undefined,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    connectTimeoutMs: 1500,
  };
}

export const CYPHER_LIMITS = {
  timeoutMs: 2000,
  rowCap: 50,
  maxLength: 10_000,
  maxConcurrent: 2,
  maxAnswerChars: 1_000_000,
};

export function documentGraph(): KnowledgeGraph {
  const kg = buildKnowledgeGraph(readInputs('graph-data'));
  assignLayout(kg.graph);
  return kg;
}

export async function loadInto(kg: KnowledgeGraph, options: Pick<LoadOptions, 'sharedRelationshipMax'> = {}) {
  const driver = createDriver(neo4jSettings(), { purpose: 'load' });
  try {
    return await loadGraph(driver, kg, { ...options, database: neo4jSettings().database });
  } finally {
    await driver.close();
  }
}

export function openStore(): Neo4jStore {
  return new Neo4jStore(neo4jSettings(), CYPHER_LIMITS);
}

/** The environment for running the `atlas` CLI as a child process against the test Neo4j. */
export function cliEnv(): NodeJS.ProcessEnv {
  const settings = neo4jSettings();
  return {
    ...process.env,
    NEO4J_URI: settings.uri,
    NEO4J_USERNAME: settings.username,
    NEO4J_PASSWORD: settings.password ?? '',
    NEO4J_DATABASE: settings.database,
  };
}

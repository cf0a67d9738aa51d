/**
 * Integration global setup: Neo4j
 * ===============================
 * Gives the integration project a real Neo4j: the one NEO4J_URI names, or a throw-away instance on a free port
 * with a temporary data folder, stopped and deleted afterwards. If Neo4j cannot start, the run fails here: the
 * integration tests are never skipped for want of a database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { startNeo4j, type Neo4jServer } from '../../../scripts/neo4j/server';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  if (external) {
    await checkExternal(external);
    provide(project, external);
    return async () => {};
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'atlas-it-neo4j-'));
  let server: Neo4jServer;
  try {
    // Generous: CI shares two cores with the app build; a start normally takes 7-12 s.
    server = await startNeo4j({ dataDir, timeoutMs: 240_000 });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(
      `test/integration/setup: could not start Neo4j for the integration tests.\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.stderr.write(
    `test/integration/setup: Neo4j ${server.uri} (pid ${server.pid}) ready in ${server.startMs} ms\n`,
  );
  provide(project, server.uri);

  return async () => {
    try {
      await server.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  };
}

function provide(project: TestProject, uri: string): void {
  project.provide('neo4jUri', uri);
  // For code that reads the environment rather than inject() (child processes the tests spawn, say).
  process.env.ATLAS_TEST_NEO4J_URI = uri;
}

/** An unreachable NEO4J_URI should fail once, here, with the reason, not as a hundred timeouts. */
async function checkExternal(uri: string): Promise<void> {
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    {
      connectionTimeout: 10_000,
    },
  );
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    // The message carries the URI and the server's answer, never the password.
    throw new Error(
      `test/integration/setup: NEO4J_URI=${uri} does not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await driver.close();
  }
}

/**
 * Neo4j server harness
 * ====================
 * Checks that the database the integration tests run against is the real Neo4j 5.26 Community, reads and writes,
 * and that scripts/neo4j can start a second instance with auth on, survive a SIGKILL and restart on its data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNeo4j, type Neo4jServer } from '../../scripts/neo4j/server';

describe('the provided Neo4j', () => {
  let driver: Driver;
  // A label no other suite uses, so cleaning up cannot touch their data.
  const label = `AtlasHarness_${randomBytes(4).toString('hex')}`;

  beforeAll(() => {
    const uri = inject('neo4jUri');
    // A throw-away instance runs without auth (any token passes); NEO4J_URI brings its own credentials.
    const password = process.env.NEO4J_URI ? (process.env.NEO4J_PASSWORD ?? '') : '';
    driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password));
  });

  afterAll(async () => {
    await driver?.executeQuery(`MATCH (n:${label}) DETACH DELETE n`).catch(() => {});
    await driver?.close();
  });

  it('answers RETURN 1', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it('is Neo4j 5.26.x Community', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    const kernel = records.map((r) => r.toObject()).find((c) => c.name === 'Neo4j Kernel');
    expect(kernel?.edition).toBe('community');
    expect(kernel?.versions[0]).toMatch(/^5\.26\.\d+$/);
  });

  it('writes and reads back', async () => {
    const id = randomBytes(6).toString('hex');
    await driver.executeQuery(`CREATE (:${label} {id: $id, aliases: ['ARF', 'ASEAN Regional Forum']})`, { id });
    const { records } = await driver.executeQuery(
      `MATCH (n:${label} {id: $id}) RETURN n.aliases AS aliases`,
      { id },
      { routing: neo4j.routing.READ },
    );
    expect(records.map((r) => r.get('aliases'))).toEqual([['ARF', 'ASEAN Regional Forum']]);
  });
});

// Two cores shared with other suites: a start that takes 8 s alone has been seen to take 65 s under load.
const START_TIMEOUT_MS = 240_000;

describe('startNeo4j with a password', () => {
  let dataDir: string;
  let server: Neo4jServer | undefined;
  // Random, and only ever in this process's memory and the child's environment.
  const password = `atlas-${randomBytes(9).toString('base64url')}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'atlas-it-auth-'));
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const open = (uri: string, secret: string) =>
    neo4j.driver(uri, neo4j.auth.basic('neo4j', secret), { connectionTimeout: 10_000 });

  it(
    'refuses a wrong password, accepts the right one, and survives a SIGKILL',
    async () => {
      server = await startNeo4j({ dataDir, password, heap: '512m', pageCache: '64m', timeoutMs: START_TIMEOUT_MS });
      expect(server.uri).toBe(`bolt://127.0.0.1:${server.port}`);
      expect(server.startMs).toBeGreaterThan(0);

      const wrong = open(server.uri, `${password}-not`);
      const refused = await wrong.verifyConnectivity().then(
        () => null,
        (error: unknown) => error,
      );
      await wrong.close();
      expect((refused as { code?: string } | null)?.code).toBe('Neo.ClientError.Security.Unauthorized');

      const right = open(server.uri, password);
      try {
        const { records } = await right.executeQuery('RETURN 1 AS one');
        expect(records[0]?.get('one').toNumber()).toBe(1);
        await right.executeQuery('CREATE (:AtlasHarnessCrash {id: $id})', { id: 'before-kill' });
      } finally {
        await right.close();
      }

      // An outage: SIGKILL, then a restart on the same data and port must recover the committed write.
      const { port, pid } = server;
      await server.killHard();
      expect(() => process.kill(pid, 0)).toThrow();
      server = await startNeo4j({
        dataDir,
        port,
        password,
        heap: '512m',
        pageCache: '64m',
        timeoutMs: START_TIMEOUT_MS,
      });
      expect(server.port).toBe(port);

      const again = open(server.uri, password);
      try {
        const { records } = await again.executeQuery('MATCH (n:AtlasHarnessCrash) RETURN n.id AS id');
        expect(records.map((r) => r.get('id'))).toEqual(['before-kill']);
      } finally {
        await again.close();
      }
      await server.stop();
      expect(() => process.kill(server?.pid ?? pid, 0)).toThrow();
    },
    3 * START_TIMEOUT_MS,
  );
});

/**
 * The API while the store cannot answer: invalid data on the memory backend and Neo4j out of reach both give
 * /api/health's documented `503 {ok: false, backend, error}` and a JSON 503 elsewhere, with a short message; the
 * driver's own text goes to the server log only (credentials removed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { AtlasStore } from '@/lib/store/types';

const holder = globalThis as typeof globalThis & { __atlasStore?: Promise<AtlasStore> };
const emptyDataDir = mkdtempSync(join(tmpdir(), 'atlas-broken-data-'));

const DRIVER_TEXT =
  'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED bolt://neo4j:s3cret@127.0.0.1:9';

/** The route modules and their helpers, loaded afresh so the configuration (read once per process) is this one. */
async function freshModules(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  delete holder.__atlasStore;
  return {
    health: await import('@/app/api/health/route'),
    node: await import('@/app/api/nodes/[id]/route'),
    search: await import('@/app/api/search/route'),
    http: await import('@/lib/http'),
    neo4jErrors: await import('@/lib/store/neo4j/errors'),
  };
}

let log: MockInstance<typeof console.error>;
beforeEach(() => {
  log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  log.mockRestore();
  vi.unstubAllEnvs();
  delete holder.__atlasStore;
});
afterAll(() => rmSync(emptyDataDir, { recursive: true, force: true }));

describe('invalid data on the memory backend', () => {
  const env = { ATLAS_BACKEND: 'memory', ATLAS_DATA_DIR: emptyDataDir, NEO4J_URI: '' };
  const message = 'lib/store/memory: the graph data is invalid: run `npm run atlas -- validate`';

  it('GET /api/health → 503 {ok: false, backend: "memory", error}', async () => {
    const { health } = await freshModules(env);
    const response = await health.GET();
    expect(response.status).toBe(503);
    // A cache in front must never answer a monitor with a kept 503.
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: false, backend: 'memory', error: message });
    // The data problems themselves are in the server log, for whoever fixes them.
    expect(String(log.mock.calls[0]?.[0])).toMatch(/problem in the data/);
  });

  it('the other routes → 503 {error}', async () => {
    const { node, search } = await freshModules(env);
    const answers = [
      await node.GET(new Request('http://atlas.test/api/nodes/arf'), { params: Promise.resolve({ id: 'arf' }) }),
      await search.GET(new Request('http://atlas.test/api/search?q=arf')),
    ];
    for (const response of answers) {
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: message });
    }
  });
});

describe('Neo4j out of reach', () => {
  const env = { ATLAS_BACKEND: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:9' };
  const message = 'lib/store/neo4j: Neo4j is unavailable at the configured NEO4J_URI';
  const driverError = () => new Neo4jError(DRIVER_TEXT, 'ServiceUnavailable', '08000', 'connection exception');

  it('GET /api/health → 503 {ok: false, backend: "neo4j", error} without the driver text', async () => {
    const { health, neo4jErrors } = await freshModules(env);
    const down = {
      backend: 'neo4j',
      stats: async () => {
        throw neo4jErrors.mapNeo4jError(driverError());
      },
    };
    holder.__atlasStore = Promise.resolve(down as unknown as AtlasStore);
    const response = await health.GET();
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: false, backend: 'neo4j', error: message });
  });

  it.each([
    ['a driver error', driverError],
    ['a socket error', () => new Error(DRIVER_TEXT)],
  ])('%s: the body is short; the log has the detail, without credentials', async (_, cause) => {
    const { http, neo4jErrors } = await freshModules(env);
    const response = http.errorResponse(neo4jErrors.mapNeo4jError(cause()), 'nodes');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: message });
    const logged = log.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(logged).toContain(`${message}: Failed to connect to server`);
    expect(logged).toContain('encryption settings');
    expect(logged).not.toContain('s3cret');
  });
});

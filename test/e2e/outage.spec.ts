/**
 * Neo4j outage under a running app
 * ================================
 * The production server on the Neo4j backend, against its own password-protected Neo4j: when Neo4j is killed
 * (SIGKILL, as in a crash) /api/health answers 503 JSON within 2 s, the other routes 503 JSON, the explorer shows
 * the store-down banner; when Neo4j comes back on the same port and data, the app recovers without a restart.
 * The password never appears in anything the app or the CLI printed. Dataset: graph-data/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type Neo4jServer } from '@/scripts/neo4j/server';
import { assignLayout } from '@/lib/graph/layout';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import { createDriver } from '@/lib/store/neo4j/driver';
import { loadGraph } from '@/lib/store/neo4j/loader';
import { startAppServer, type AppServer } from '@/scripts/app-server';
import { launchBrowser, openPage, type Session } from './support/browser';

const PASSWORD = 'outage-test-secret-7f3a9c';
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-outage-'));
let neo4j: Neo4jServer;
let app: AppServer;
let session: Session;

async function get(path: string): Promise<{ status: number; ms: number; body: Record<string, unknown> }> {
  const started = Date.now();
  const response = await fetch(`${app.baseURL}${path}`);
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, ms: Date.now() - started, body };
}

async function startDatabase(port?: number): Promise<Neo4jServer> {
  return startNeo4j({ dataDir, port, password: PASSWORD, timeoutMs: 240_000 });
}

beforeAll(async () => {
  neo4j = await startDatabase();
  const settings = { uri: neo4j.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j', connectTimeoutMs: 5000 };
  const driver = createDriver(settings, { purpose: 'load' });
  const kg = buildKnowledgeGraph(readInputs('graph-data'));
  assignLayout(kg.graph);
  await loadGraph(driver, kg, { database: 'neo4j' });
  await driver.close();
  app = await startAppServer({ ATLAS_BACKEND: 'neo4j', NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD });
  session = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await session?.close();
  await app?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Neo4j outage', () => {
  it('serves from Neo4j while it is up', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, backend: 'neo4j' });
    expect((await get('/api/nodes/arf')).body).toMatchObject({ node: { label: 'ASEAN Regional Forum' } });
  });

  it('answers 503 JSON within 2 s while Neo4j is down, shows the banner, and recovers when it returns', async () => {
    const port = neo4j.port;
    const tab = await openPage(session.browser);
    await tab.page.goto(app.baseURL);
    await tab.page.locator('[data-testid="store-status"][data-state="ok"]').waitFor({ state: 'attached' });

    await neo4j.killHard();
    // Restarted in `finally`, so that a failure here does not leave the later tests without a database.
    try {
      const health = await get('/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ ok: false, backend: 'neo4j', error: expect.any(String) });
      expect(health.ms).toBeLessThan(2000);
      for (const path of [
        '/api/graph',
        '/api/nodes/arf',
        '/api/search?q=ARF',
        '/api/matrix',
        '/api/commitments?forum=arf',
        '/api/queries/actions-for-forum?forum=arf',
      ]) {
        const answer = await get(path);
        expect(answer.status, path).toBe(503);
        expect(typeof answer.body.error, path).toBe('string');
      }
      await tab.page.locator('[data-testid="store-status"][data-state="down"]').waitFor({ timeout: 20_000 });
      // Scoped: the graph panel and Next's route announcer have role="alert" too.
      expect(await tab.page.getByTestId('store-status').getByRole('alert').textContent()).toMatch(/unavailable/i);
    } finally {
      neo4j = await startDatabase(port);
    }
    await expect.poll(async () => (await get('/api/health')).status, { timeout: 30_000, interval: 500 }).toBe(200);
    expect((await get('/api/nodes/arf')).status).toBe(200);
    await tab.page
      .locator('[data-testid="store-status"][data-state="ok"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await tab.close();
  });

  it('never prints the Neo4j password', () => {
    expect(app.output().length).toBeGreaterThan(0);
    expect(app.output()).not.toContain(PASSWORD);
  });

  it('atlas load with a wrong password exits 3, says the credentials were refused, and prints no password', async () => {
    const wrong = 'wrong-password-9d1e44';
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: wrong };
    const error = (await promisify(execFile)(process.execPath, ['bin/atlas.mjs', 'load'], { env }).catch(
      (e: unknown) => e,
    )) as {
      code?: number;
      stdout?: string;
      stderr?: string;
    };
    expect(error.code).toBe(3);
    expect(error.stderr).toMatch(/refused the credentials/);
    expect(`${error.stdout}${error.stderr}`).not.toContain(wrong);
  });
});

/**
 * GET /api/health on Neo4j when Neo4j stops answering without closing its connections (a hung or paused server, a
 * network dropping packets): it answers 503 within the connect timeout instead of never, and 200 again once Neo4j
 * answers, without a restart. Any other read answers 503 too, once past the time Neo4j would have ended it itself. The app reaches Neo4j through a TCP relay that this suite can freeze.
 * Dataset: graph-data/, loaded by the suite.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentGraph, loadInto, neo4jSettings } from '../support/neo4j';

let relay: Server;
let frozen = false;
const sockets = new Set<Socket>();
let health: () => Promise<Response>;
let search: (request: Request) => Promise<Response>;

/** Relays bytes both ways while not frozen; frozen, it holds them, as a hung server would. */
function startRelay(target: URL): Promise<number> {
  relay = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    for (const [from, to] of [
      [client, server],
      [server, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => {
        if (frozen) return; // dropped: the peer waits for an answer that never comes
        to.write(chunk);
      });
      from.on('error', () => to.destroy());
      from.on('close', () => to.destroy());
    }
  });
  return new Promise((resolve) => relay.listen(0, '127.0.0.1', () => resolve((relay.address() as AddressInfo).port)));
}

beforeAll(async () => {
  await loadInto(documentGraph());
  const settings = neo4jSettings();
  const port = await startRelay(new URL(settings.uri.replace(/^bolt/, 'http')));
  Object.assign(process.env, {
    ATLAS_BACKEND: 'neo4j',
    NEO4J_URI: `bolt://127.0.0.1:${port}`,
    NEO4J_DATABASE: settings.database,
    ATLAS_NEO4J_CONNECT_TIMEOUT_MS: '1500',
  });
  if (settings.password !== undefined) process.env.NEO4J_PASSWORD = settings.password;
  health = (await import('@/app/api/health/route')).GET as () => Promise<Response>;
  search = (await import('@/app/api/search/route')).GET as (request: Request) => Promise<Response>;
});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
  relay?.close();
});

describe('GET /api/health on a Neo4j that stops answering', () => {
  it('answers 503 within the connect timeout, then 200 again when Neo4j answers', async () => {
    expect((await health()).status).toBe(200);
    frozen = true;
    const started = Date.now();
    const down = await health();
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      ok: false,
      backend: 'neo4j',
      error: expect.stringMatching(/unavailable/),
    });
    // Bounded, not fast: the deadline is 2 s; the margin is for a busy CI machine.
    expect(Date.now() - started).toBeLessThan(4000);
    frozen = false;
    // The connection the frozen request took is stuck for good; the next request gets a fresh one.
    for (const socket of sockets) socket.destroy();
    const up = await health();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ ok: true, backend: 'neo4j' });
  });

  it('answers any other read 503 once past the time Neo4j would have ended it (15 s), not never', async () => {
    expect((await search(new Request('http://test/api/search?q=ARF'))).status).toBe(200);
    frozen = true;
    const down = await search(new Request('http://test/api/search?q=SCO'));
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: expect.stringMatching(/unavailable/) });
    frozen = false;
    for (const socket of sockets) socket.destroy();
    expect((await search(new Request('http://test/api/search?q=SCO'))).status).toBe(200);
  }, 30_000);
});

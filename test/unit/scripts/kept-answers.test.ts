/**
 * The production server's kept answers (scripts/kept-answers.mjs) on a real node:http server, with a stand-in for
 * Next that answers like the /api/graph route: it sets its headers, keeps its bytes (lib/kept-answer.ts) and counts
 * how often it is asked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest } from '@/test/support/raw-http';
import { KEPT_ANSWERS, keepAnswer } from '@/lib/kept-answer';
import { acceptsGzip, etagMatches, KeptAnswers, replayableHeaders } from '@/scripts/kept-answers.mjs';

let nextCalls = 0;
let version = 1;
let server: Server;
let port = 0;

const bodyOf = (v: number) => new TextEncoder().encode(JSON.stringify({ nodes: Array(2000).fill(`v${v}`) }));

beforeAll(async () => {
  const kept = new KeptAnswers();
  server = createServer((request, response) => {
    void kept.answer(request, response).then((answered) => {
      if (answered) return;
      nextCalls += 1;
      const body = bodyOf(version);
      const etag = `"v${version}"`;
      if (!request.url?.includes('?')) keepAnswer('/api/graph', { etag, body });
      response.setHeader('Content-Security-Policy', "default-src 'none'");
      response.setHeader('Vary', 'rsc');
      response.setHeader('etag', etag);
      response.setHeader('content-type', 'application/json');
      response.setHeader('Date', 'Thu, 01 Jan 1970 00:00:00 GMT');
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  (globalThis as Record<symbol, unknown>)[KEPT_ANSWERS] = undefined;
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  nextCalls = 0;
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, path, headers, method);

describe('kept answers', () => {
  it('asks Next first, then answers the same bytes with the same headers itself', async () => {
    const first = await get('/api/graph');
    const second = await get('/api/graph');
    expect(nextCalls).toBe(1);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers).toMatchObject({
      'content-security-policy': "default-src 'none'",
      etag: '"v1"',
      'content-type': 'application/json',
      'content-length': String(first.body.byteLength),
      vary: 'rsc, Accept-Encoding',
    });
    // Per-response headers are the server's own, not replayed from Next's answer.
    expect(second.headers.date).not.toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('gives gzip to a client that accepts it, 304 to a matching If-None-Match, headers only to HEAD', async () => {
    await get('/api/graph');
    const zipped = await get('/api/graph', { 'accept-encoding': 'br;q=1, gzip;q=0.5' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(Buffer.from(bodyOf(version)))).toBe(true);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.byteLength);
    expect((await get('/api/graph', { 'if-none-match': 'W/"v1"' })).status).toBe(304);
    const head = await get('/api/graph', {}, 'HEAD');
    expect(head.body.byteLength).toBe(0);
    expect(head.headers['content-length']).toBe(String(bodyOf(version).byteLength));
    expect(nextCalls).toBe(0);
  });

  it('leaves requests with a query string and other methods to Next', async () => {
    await get('/api/graph?fresh=1');
    await get('/api/graph', {}, 'DELETE');
    expect(nextCalls).toBe(2);
  });

  it('goes back to Next when the kept bytes change, and keeps the new ones', async () => {
    version = 2;
    keepAnswer('/api/graph', { etag: '"v2"', body: bodyOf(2) });
    const changed = await get('/api/graph');
    expect(nextCalls).toBe(1);
    expect(changed.headers.etag).toBe('"v2"');
    const again = await get('/api/graph');
    expect(nextCalls).toBe(1);
    expect(again.body.equals(Buffer.from(bodyOf(2)))).toBe(true);
  });
});

describe('kept answers: header rules', () => {
  it('reads Accept-Encoding as RFC 9110 does', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('GZIP')).toBe(true);
    expect(acceptsGzip('br, *')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('gzip;q=nonsense')).toBe(false);
  });

  it('matches ETags weakly, in lists and with *', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", W/"a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });

  it('drops the headers that belong to one response and makes Vary name Accept-Encoding once', () => {
    expect(
      replayableHeaders({
        date: 'x',
        connection: 'keep-alive',
        'transfer-encoding': 'chunked',
        'content-length': '5',
        'content-encoding': 'gzip',
        'set-cookie': ['a=b'],
        etag: '"a"',
        vary: 'rsc, Accept-Encoding',
      }),
    ).toEqual({ etag: '"a"', vary: 'rsc, Accept-Encoding' });
    expect(replayableHeaders({})).toEqual({ vary: 'Accept-Encoding' });
  });
});

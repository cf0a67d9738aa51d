/**
 * The production server's kept build assets (scripts/static-assets.mjs) on a real node:http server, with a stand-in
 * for Next that serves a temporary build's static folder with Next's kind of headers and counts how often it is
 * asked.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest } from '@/test/support/raw-http';
import { assetFile, StaticAssets } from '@/scripts/static-assets.mjs';

const SCRIPT = Buffer.from(`console.log(${JSON.stringify('x'.repeat(5000))});\n`);
let dist = '';
let nextCalls = 0;
let server: Server;
let port = 0;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'atlas-static-'));
  await mkdir(join(dist, 'static', 'chunks'), { recursive: true });
  await writeFile(join(dist, 'static', 'chunks', 'app.js'), SCRIPT);
  const assets = new StaticAssets(dist);
  server = createServer((request, response) => {
    void assets.answer(request, response).then((answered) => {
      if (answered) return;
      nextCalls += 1;
      if (request.url !== '/_next/static/chunks/app.js' && request.url !== '/_next/static/chunks/app.js?v=1') {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      response.setHeader('X-Frame-Options', 'DENY');
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      response.setHeader('ETag', 'W/"1388-abc"');
      response.setHeader('Content-Type', 'application/javascript; charset=UTF-8');
      response.setHeader('Date', 'Thu, 01 Jan 1970 00:00:00 GMT');
      response.end(request.method === 'HEAD' ? undefined : SCRIPT);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dist, { recursive: true, force: true });
});
beforeEach(() => {
  nextCalls = 0;
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, path, headers, method);

/** Next's answer is kept once it has finished and the file has been read: ask until it is. */
async function untilKept(path: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    nextCalls = 0;
    await get(path);
    if (nextCalls === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} was never kept`);
}

describe('kept static assets', () => {
  it('asks Next first, then answers the file itself with the headers Next gave', async () => {
    const first = await get('/_next/static/chunks/app.js');
    expect(first.status).toBe(200);
    await untilKept('/_next/static/chunks/app.js');
    nextCalls = 0;
    const again = await get('/_next/static/chunks/app.js');
    expect(nextCalls).toBe(0);
    expect(again.status).toBe(200);
    expect(again.body.equals(SCRIPT)).toBe(true);
    expect(again.headers['x-frame-options']).toBe('DENY');
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(again.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(again.headers.vary).toMatch(/Accept-Encoding/);
    expect(again.headers['content-length']).toBe(String(SCRIPT.byteLength));
    expect(again.headers.date).not.toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('gives gzip to a client that accepts it, 304 to a matching If-None-Match, headers only to HEAD', async () => {
    await untilKept('/_next/static/chunks/app.js');
    nextCalls = 0;
    const zipped = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(SCRIPT)).toBe(true);
    expect(zipped.body.byteLength).toBeLessThan(SCRIPT.byteLength);
    const notModified = await get('/_next/static/chunks/app.js', { 'if-none-match': 'W/"1388-abc"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.byteLength).toBe(0);
    const other = await get('/_next/static/chunks/app.js', { 'if-none-match': '"other"' });
    expect(other.status).toBe(200);
    const head = await get('/_next/static/chunks/app.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(nextCalls).toBe(0);
  });

  it('leaves ranges, query strings, other methods and what Next did not find to Next, every time', async () => {
    await untilKept('/_next/static/chunks/app.js');
    nextCalls = 0;
    await get('/_next/static/chunks/app.js', { range: 'bytes=0-9' });
    await get('/_next/static/chunks/app.js?v=1');
    await get('/_next/static/chunks/app.js?v=1');
    await get('/_next/static/chunks/app.js', {}, 'DELETE');
    expect(nextCalls).toBe(4);
    nextCalls = 0;
    for (let i = 0; i < 3; i += 1) {
      const missing = await get('/_next/static/chunks/missing.js');
      expect(missing.status).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(nextCalls).toBe(3);
  });
});

describe('kept static assets: which file a URL names', () => {
  const staticDir = '/srv/app/.next/static';

  it('maps a /_next/static/ path into the static folder', () => {
    expect(assetFile(staticDir, '/_next/static/chunks/a.js')).toBe('/srv/app/.next/static/chunks/a.js');
    expect(assetFile(staticDir, '/_next/static/media/font.woff2')).toBe('/srv/app/.next/static/media/font.woff2');
  });

  it('names no file for other paths, queries, encoded or dot segments', () => {
    for (const url of [
      undefined,
      '/',
      '/api/graph',
      '/_next/static/',
      '/_next/static/chunks/a.js?v=1',
      '/_next/static/../server/app.js',
      '/_next/static/chunks/./a.js',
      '/_next/static/chunks//a.js',
      '/_next/static/%2e%2e/server/app.js',
      '/_next/static/chunks\\..\\a.js',
    ]) {
      expect(assetFile(staticDir, url), String(url)).toBeUndefined();
    }
  });
});

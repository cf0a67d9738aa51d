/**
 * Request proxy's matcher
 * =======================
 * Which paths proxy.ts runs on, compiled the way Next compiles a matcher source: every page path (its nonce CSP),
 * not the build's assets or the icon, which are files. A prefix had let page paths that only start like a file
 * (`/icon.svgx`, `/_next/staticx`: Next's HTML 404) skip the proxy, and with it the page CSP.
 * Its API refusals (a path Next cannot decode) are errors like the routes' own: `{error}`, never cached.
 */
import { describe, expect, it } from 'vitest';
import { tryToParsePath } from 'next/dist/lib/try-to-parse-path';
import { NextRequest } from 'next/server';
import { config, proxy } from '@/proxy';

const [pages] = config.matcher.map(({ source }) => new RegExp(tryToParsePath(source).regexStr ?? '$^'));

describe("the proxy's page matcher", () => {
  it.each(['/', '/document', '/apis', '/icon.svgx', '/iconXsvg', '/favicon.ico/x', '/_next/staticx', '/_next/imagex'])(
    'runs on the page path %s',
    (path) => {
      expect(pages?.test(path)).toBe(true);
    },
  );

  it.each(['/icon.svg', '/favicon.ico', '/_next/static/chunks/a.js', '/_next/image', '/api', '/api/nodes/arf'])(
    'leaves %s to its own headers',
    (path) => {
      expect(pages?.test(path)).toBe(false);
    },
  );
});

describe("the proxy's API refusals", () => {
  it('answer {error} JSON that no cache keeps, as every API error', async () => {
    const response = proxy(new NextRequest('http://atlas.test/api/nodes/%E0%A4%A'));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await response.json()).error).toMatch(/^api: the path is not valid percent-encoding/);
  });
});

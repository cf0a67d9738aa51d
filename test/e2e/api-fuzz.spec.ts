/**
 * API fuzz
 * ========
 * Over a thousand generated requests against the production server (random and valid ids, oversized and unicode
 * input, regex metacharacters, path tricks, malformed JSON bodies): every answer is JSON, no status is 5xx other
 * than the documented ones (501 for Cypher on the memory backend), every `{error}` starts with the origin its path
 * names (scripts/api-origin.mjs; `app/api` for a 405), and the server is still healthy at the end.
 * The generator is seeded, so a failure replays. Methods fetch() refuses to send (TRACE, TRACK) and requests Node's
 * parser rejects go through node:http.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { seededRandom } from '@/lib/graph/layout';
import { apiOrigin } from '@/scripts/api-origin.mjs';

const baseURL = inject('baseURL');
const random = seededRandom(1337);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const VALID_IDS = [
  'arf',
  'sco',
  'un',
  'china',
  'iscc-2017',
  'iscc-2017-ch4-3-s3',
  'action-partnership-in-cyberspace',
  'principle-peace',
];
const NASTY = [
  '',
  ' ',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '中国',
  'ü̈',
  '😀'.repeat(50),
  "' OR 1=1 --",
  '"; MATCH (n) DETACH DELETE n //',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '(.*)+$',
  '[',
  '\\',
  'a'.repeat(5000),
  'NaN',
  '-1',
  '1e309',
  '0x10',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

function value(): string {
  const roll = random();
  if (roll < 0.3) return pick(VALID_IDS);
  if (roll < 0.8) return pick(NASTY);
  const length = Math.floor(random() * 40);
  return Array.from({ length }, () => String.fromCodePoint(Math.floor(random() * 0x2fff) + 0x20)).join('');
}

const enc = encodeURIComponent;

function request(): { method: string; path: string; body?: string } {
  switch (Math.floor(random() * 10)) {
    case 0:
      return { method: 'GET', path: `/api/nodes/${enc(value())}` };
    case 1:
      return {
        method: 'GET',
        path: `/api/edges/${enc(`${pick(['INVOLVES', 'PART_OF', 'X', ''])}:${value()}->${value()}`)}`,
      };
    case 2:
      return {
        method: 'GET',
        path: `/api/search?q=${enc(value())}&limit=${enc(pick(['1', '10', '0', '-5', '1000000', 'abc', value()]))}`,
      };
    case 3:
      return {
        method: 'GET',
        path: `/api/commitments?forum=${enc(value())}&action=${enc(value())}&modality=${enc(value())}&kind=${enc(pick(['self', 'others', value()]))}&q=${enc(pick(['terrorism', '"a b"', value()]))}`,
      };
    case 4:
      return { method: 'GET', path: `/api/documents/${enc(value())}` };
    case 5:
      return {
        method: 'GET',
        path: `/api/queries/${enc(pick(['actions-for-forum', 'shortest-path', 'neighborhood', value()]))}?forum=${enc(value())}&from=${enc(value())}&to=${enc(value())}&id=${enc(value())}&depth=${enc(pick(['1', '3', '9', value()]))}&limit=${enc(value())}&modality=${enc(value())}`,
      };
    case 6:
      return {
        method: 'POST',
        path: '/api/cypher',
        body: pick([
          '{',
          'null',
          '[]',
          '"x"',
          '{"query": 5}',
          JSON.stringify({ query: value(), params: value() }),
          JSON.stringify({ query: 'MATCH (n) RETURN n', params: { a: [1, { b: null }] } }),
          'x'.repeat(200_000),
        ]),
      };
    case 7:
      return { method: 'GET', path: `/api/export?format=${enc(pick(['gexf', 'graphml', 'csv', 'json', value()]))}` };
    case 8:
      return {
        method: pick(['PUT', 'DELETE', 'PATCH']),
        path: pick(['/api/nodes/arf', '/api/search?q=a', '/api/graph']),
      };
    default:
      return {
        method: 'GET',
        path: pick([
          '/api/health',
          '/api/matrix',
          `/api/matrix?parts=${enc(pick(['true', 'false', value()]))}`,
          '/api/documents',
          '/api/queries',
          `/api/search?q=${enc(value())}`,
        ]),
      };
  }
}

describe('API fuzz', () => {
  it('answers 1,200 generated requests without an undocumented 5xx, always with JSON on /api', async () => {
    const requests = Array.from({ length: 1200 }, request);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const { method, path, body } = requests[next++]!;
        const response = await fetch(`${baseURL}${path}`, {
          method,
          body,
          headers: body ? { 'content-type': 'application/json' } : undefined,
        });
        const text = await response.text();
        const allowed5xx = response.status === 501 && path === '/api/cypher';
        if (response.status >= 500 && !allowed5xx)
          failures.push(`${method} ${path.slice(0, 120)} → ${response.status} ${text.slice(0, 200)}`);
        const type = response.headers.get('content-type') ?? '';
        const isDownload = path.startsWith('/api/export') && response.ok;
        if (!isDownload && response.status !== 405 && !type.includes('application/json'))
          failures.push(`${method} ${path.slice(0, 120)} → ${response.status} not JSON (${type})`);
        if (response.status >= 400 && type.includes('application/json')) {
          const parsed = JSON.parse(text) as { error?: unknown };
          // The path answered (after Next's redirect of a trailing slash) names the origin.
          const origin = response.status === 405 ? 'app/api' : apiOrigin(new URL(response.url).pathname);
          if (typeof parsed.error !== 'string')
            failures.push(`${method} ${path.slice(0, 120)} → ${response.status} without {error}`);
          else if (!parsed.error.startsWith(`${origin}: `))
            failures.push(`${method} ${path.slice(0, 120)} → ${response.status} not from "${origin}": ${parsed.error}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures.slice(0, 20)).toEqual([]);
    const health = await fetch(`${baseURL}/api/health`);
    expect(health.status).toBe(200);
  });

  it.each([
    '/api/nodes/%E0%A4%A',
    '/api/edges/%',
    '/api/documents/%ZZ',
    '/api/queries/%C0%AF',
    '/api/no-such-route/%E0%A4',
  ])('answers the undecodable path %s with 400 {error}, not a bare 500', async (path) => {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await response.json()).error).toMatch(/^api: .*percent-encoding/);
  });

  it.each([
    '/api/queries/actions-for-forum?forum=arf&forum=sco',
    '/api/commitments?forum=arf&forum=sco',
    '/api/search?q=arf&q=un',
    '/api/export?format=csv&format=json',
  ])('refuses the repeated parameter in %s with 400 naming it', async (path) => {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(new RegExp(`^${apiOrigin(path)}: .*given more than once`));
  });
});

/** One raw request (any method, any path), so fetch()'s own refusals do not stand in for the server's answer. */
function raw(method: string, path: string): Promise<{ status: number; type: string; allow: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseURL}${path}`, { method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type'] ?? ''),
          allow: String(response.headers.allow ?? ''),
          body,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('methods Next cannot answer', () => {
  const METHODS = ['TRACE', 'TRACK', 'PROPFIND', 'MKCOL', 'LOCK', 'SEARCH', 'PURGE', 'LINK'];
  const API_PATHS = ['/api/graph', '/api/nodes/arf', '/api/cypher', '/api/no-such-route'];

  it.each(METHODS)('answers %s on API paths with a 4xx {error}, never a 5xx', async (method) => {
    for (const path of API_PATHS) {
      const answer = await raw(method, path);
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${method} ${path}`).toBeLessThan(500);
      expect(answer.type, `${method} ${path}`).toContain('application/json');
      expect(typeof (JSON.parse(answer.body) as { error?: unknown }).error, `${method} ${path}`).toBe('string');
    }
  });

  it("says in Allow the route's own methods, which then answer", async () => {
    for (const [path, allow] of [
      ['/api/search?q=arf', 'GET, HEAD, OPTIONS'],
      ['/api/cypher', 'POST, OPTIONS'],
    ] as const) {
      for (const method of ['TRACE', 'PROPFIND', 'PUT', 'DELETE', 'PATCH']) {
        const answer = await raw(method, path);
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.allow, `${method} ${path}`).toBe(allow);
      }
      expect((await raw('OPTIONS', path)).allow).toBe(allow);
    }
  });

  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND'])('refuses %s on a page with 405', async (method) => {
    for (const path of ['/', '/document', '/matrix']) {
      const answer = await raw(method, path);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.body).toContain(`method ${method} is not allowed`);
    }
  });

  it("refuses a query string Next would misread (broken percent-encoding, __proto__) with the route's 400", async () => {
    for (const [path, error] of [
      ['/api/search?q=%E0%A4%A', /^search: invalid parameter "q": not valid percent-encoding/],
      ['/api/commitments?forum=arf&__proto__=x', /^commitments: invalid parameter "__proto__": unknown parameter/],
      // A named query's refusals start with its name, as its route words them.
      [
        '/api/queries/actions-for-forum?forum=arf&__proto__=1',
        /^actions-for-forum: invalid parameter "__proto__": unknown parameter/,
      ],
      ['/api/queries/neighborhood?id=%ED%A0%80', /^neighborhood: invalid parameter "id": not valid percent-encoding/],
    ] as const) {
      const answer = await raw('GET', path);
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body).error, path).toMatch(error);
    }
  });

  it('answers a request whose headers pass 16 KiB with 431 {error}, and stays healthy', async () => {
    const answer = await raw('GET', `/api/search?q=${'a'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body).error).toMatch(/^api: .*16 KiB/);
    expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
  });
});

describe('kept answers (the memory store’s /api/graph, answered by the production server itself)', () => {
  const ONE_RESPONSE = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding'];
  const comparable = (headers: Headers) =>
    Object.fromEntries([...headers.entries()].filter(([name]) => !ONE_RESPONSE.includes(name)));

  it('answers with the headers and bytes Next gives, gzip for browsers, and 304 when current', async () => {
    const fromNext = await fetch(`${baseURL}/api/graph?_=1`); // a query string always goes to Next
    const kept = await fetch(`${baseURL}/api/graph`);
    expect(kept.status).toBe(200);
    expect(comparable(kept.headers)).toEqual(comparable(fromNext.headers));
    expect(kept.headers.get('content-security-policy')).toContain("default-src 'none'");
    // fetch() sends Accept-Encoding: gzip and decodes it: the bytes are the same JSON either way.
    expect(kept.headers.get('content-encoding')).toBe('gzip');
    expect(await kept.text()).toBe(await fromNext.text());
    const revalidated = await fetch(`${baseURL}/api/graph`, {
      headers: { 'if-none-match': kept.headers.get('etag') ?? '' },
    });
    expect(revalidated.status).toBe(304);
  });
});

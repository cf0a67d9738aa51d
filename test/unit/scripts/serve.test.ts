/**
 * Production server's guard
 * =========================
 * scripts/serve.mjs hands Next only the methods Next can answer: the rest get 405 (JSON on /api), and requests
 * Node's parser rejects get Node's status with an `{error}` body; all of them with the security headers Next's answers
 * carry (next.config.js); the port comes from --port, else PORT. The server
 * itself is exercised by test/e2e/api-fuzz.spec.ts, which runs against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NextConfig } from 'next';
import {
  choosePort,
  createAtlasServer,
  listenFailure,
  parserRefusal,
  POST_ROUTES,
  rawParserRefusal,
  readyUrl,
  refusal,
} from '../../../scripts/serve.mjs';
import { API_CSP, COMMON_HEADERS } from '../../../scripts/security-headers.mjs';

describe('refusal', () => {
  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('hands %s on an API path to Next', (method) => {
    expect(refusal(method, '/api/graph')).toBeUndefined();
  });

  it.each(['TRACE', 'trace', 'PROPFIND', 'MKCOL', 'LOCK', 'SEARCH'])(
    'refuses %s on an API path with 405 JSON',
    (method) => {
      const answer = refusal(method, '/api/nodes/arf?x=1');
      expect(answer?.status).toBe(405);
      expect(answer?.headers['Content-Type']).toBe('application/json');
      expect(answer?.headers.Allow).toContain('GET');
      expect(answer?.headers['Content-Security-Policy']).toContain("default-src 'none'");
      expect(JSON.parse(answer?.body ?? '{}').error).toBe(
        `app/api: /api/nodes/arf: method ${method.toUpperCase()} is not allowed; allowed: GET, HEAD, OPTIONS`,
      );
    },
  );

  it("gives each API route's own methods in Allow (POST only where a route takes it)", () => {
    expect(refusal('TRACE', '/api/cypher')?.headers.Allow).toBe('POST, OPTIONS');
    expect(refusal('TRACE', '/api/cypher/?x=1')?.headers.Allow).toBe('POST, OPTIONS');
    expect(refusal('PROPFIND', '/api/search?q=arf')?.headers.Allow).toBe('GET, HEAD, OPTIONS');
    expect(JSON.parse(refusal('TRACE', '/api/search')?.body ?? '{}').error).toBe(
      'app/api: /api/search: method TRACE is not allowed; allowed: GET, HEAD, OPTIONS',
    );
  });

  it("words an API refusal as the routes' own 405 does, origin prefix included (lib/http.ts otherMethods)", async () => {
    // What a route answers for a method it does not implement, and what this guard answers for one Next cannot
    // represent: the same sentence, so a client need not know which of the two refused it.
    const { otherMethods } = await import('@/lib/http');
    for (const path of ['/api/search', '/api/cypher']) {
      const allowed = path === '/api/cypher' ? (['POST'] as const) : (['GET'] as const);
      const handlers = otherMethods<'GET' | 'POST'>(allowed as unknown as Array<'GET' | 'POST'>);
      const fromRoute = (await handlers.PUT(new Request(`http://atlas.test${path}?q=1`, { method: 'PUT' })).json()) as {
        error: string;
      };
      const fromGuard = JSON.parse(refusal('PROPFIND', `${path}?q=1`)?.body ?? '{}') as { error: string };
      expect(fromGuard.error).toBe(fromRoute.error.replace('method PUT', 'method PROPFIND'));
      expect(fromGuard.error).toMatch(/^app\/api: /);
    }
    expect(JSON.parse(refusal('MKCOL', '/api/x/' + 'y'.repeat(300))?.body ?? '{}').error).toMatch(
      /^app\/api: \/api\/x\/y{193}: method MKCOL/,
    );
  });

  it('knows every API route that takes POST, and no other', () => {
    // Each route declares what it implements with otherMethods([...]) (lib/http): its path from its folder.
    const routes = readdirSync('app/api', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('route.ts'));
    const posting = routes
      .filter((file) => /otherMethods\(\[[^\]]*'POST'/.test(readFileSync(join('app/api', file), 'utf8')))
      .map((file) => `/api/${dirname(file)}`);
    expect(posting).toEqual([...POST_ROUTES]);
  });

  it.each(['GET', 'HEAD'])('hands %s on a page to Next', (method) => {
    expect(refusal(method, '/document?x=1')).toBeUndefined();
  });

  it.each(['PUT', 'DELETE', 'PATCH', 'POST', 'TRACE'])('refuses %s on a page with 405 text', (method) => {
    const answer = refusal(method, '/');
    expect(answer?.status).toBe(405);
    expect(answer?.headers.Allow).toBe('GET, HEAD, OPTIONS');
    expect(answer?.headers['Content-Type']).toContain('text/plain');
  });

  it('answers OPTIONS on a page with 204 and the allowed methods', () => {
    expect(refusal('OPTIONS', '/matrix')).toMatchObject({ status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
  });

  it('treats a path that only starts like the API as a page', () => {
    expect(refusal('PUT', '/apis')?.headers['Content-Type']).toContain('text/plain');
  });

  it('treats the bare /api as the API: write methods reach its JSON 404, TRACE gets the JSON 405', () => {
    for (const url of ['/api', '/api?x=1']) {
      expect(refusal('POST', url), url).toBeUndefined();
      expect(refusal('PUT', url), url).toBeUndefined();
      expect(refusal('TRACE', url)?.headers['Content-Type'], url).toBe('application/json');
    }
  });
});

describe('parserRefusal', () => {
  const error = (code: string) => Object.assign(new Error(code), { code });

  it.each([
    ['HPE_HEADER_OVERFLOW', 431, /16 KiB/],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, /in time/],
    ['HPE_INVALID_METHOD', 400, /method/],
    ['HPE_INVALID_CONSTANT', 400, /well-formed/],
  ])('gives %s status %i and says why', (code, status, reason) => {
    const answer = parserRefusal(error(code));
    expect(answer.status).toBe(status);
    expect(answer.error).toMatch(reason);
  });
});

describe("the server's own answers", () => {
  /** The headers next.config.js puts on an API answer Next gives. */
  async function nextApiHeaders(): Promise<Record<string, string>> {
    // Plain JavaScript without types: imported by a computed path, typed as what it exports.
    const configPath = '../../../next.config.js';
    const { default: nextConfig } = (await import(/* @vite-ignore */ configPath)) as { default: NextConfig };
    const rules = (await nextConfig.headers?.()) ?? [];
    const applying = rules.filter((rule) => rule.source === '/api/:path*' || rule.source === '/:path*');
    return Object.fromEntries(applying.flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));
  }

  it.each([
    ['a refused method on the API', refusal('PROPFIND', '/api/nodes/arf')],
    ['a refused method on a page', refusal('TRACE', '/')],
    ['OPTIONS on a page', refusal('OPTIONS', '/matrix')],
    ['a query string Next would misread', refusal('GET', '/api/search?q=%E0%A4%A')],
  ])('carry every security header Next answers with: %s', async (_name, answer) => {
    expect(answer).toBeDefined();
    expect(answer?.headers).toMatchObject(await nextApiHeaders());
  });

  it("carry them on a request Node's parser rejected too", async () => {
    const raw = rawParserRefusal(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' }));
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    for (const [name, value] of Object.entries(await nextApiHeaders()))
      expect(raw).toContain(`\r\n${name}: ${value}\r\n`);
    expect(JSON.parse(raw.split('\r\n\r\n')[1] ?? '')).toEqual({
      error: 'api: the request line and headers pass 16 KiB',
    });
  });
});

describe('choosePort', () => {
  it('takes --port, else PORT, else 3000; blank is unset (PORT= is not port 0, a random port)', () => {
    expect(choosePort('4000', '5000')).toBe(4000);
    expect(choosePort(undefined, '5000')).toBe(5000);
    expect(choosePort(undefined, undefined)).toBe(3000);
    expect(choosePort(undefined, '')).toBe(3000);
    expect(choosePort(' ', ' ')).toBe(3000);
    expect(choosePort(undefined, '0')).toBe(0);
  });

  it.each([
    [undefined, 'abc', 'PORT must be a whole number from 0 to 65535, got "abc"'],
    [undefined, '3000.5', 'PORT must be'],
    [undefined, '1e3', 'PORT must be'],
    [undefined, '-1', 'PORT must be'],
    [undefined, '70000', 'PORT must be'],
    ['x', '3000', '--port must be a whole number from 0 to 65535, got "x"'],
  ])('refuses --port %s / PORT %s naming where it came from, as a usage error (exit 2)', (flag, env, message) => {
    expect(() => choosePort(flag, env)).toThrow(message);
    try {
      choosePort(flag, env);
    } catch (error) {
      expect((error as { exitCode?: number }).exitCode).toBe(2);
    }
  });
});

describe('readyUrl', () => {
  it('names the port actually bound (PORT=0: the one the system chose, not 0)', () => {
    expect(readyUrl('0.0.0.0', { address: '0.0.0.0', family: 'IPv4', port: 41234 })).toBe('http://localhost:41234');
  });

  it('shows a wildcard host as localhost and an IPv6 host in brackets', () => {
    expect(readyUrl('::', { address: '::', family: 'IPv6', port: 3000 })).toBe('http://localhost:3000');
    expect(readyUrl('::1', { address: '::1', family: 'IPv6', port: 3000 })).toBe('http://[::1]:3000');
    expect(readyUrl('127.0.0.1', { address: '127.0.0.1', family: 'IPv4', port: 3000 })).toBe('http://127.0.0.1:3000');
  });
});

describe('listenFailure', () => {
  const failure = (code: string) => listenFailure(Object.assign(new Error(`listen ${code}`), { code }), '0.0.0.0', 80);

  it.each([
    ['EADDRINUSE', /port 80 on 0\.0\.0\.0 is already in use \(set PORT to another port\)/],
    ['EACCES', /port 80 on 0\.0\.0\.0 needs privileges .* \(set PORT to 1024 or above\)/],
    ['EADDRNOTAVAIL', /0\.0\.0\.0 is not an address of this machine/],
  ])("%s is the user's configuration to change: exit 2 and what to do", (code, message) => {
    expect(failure(code)).toEqual({ message: expect.stringMatching(message), exitCode: 2 });
    expect(failure(code).message).toMatch(/^scripts\/serve: /);
  });

  it("any other failure exits 1 with the system's reason", () => {
    expect(failure('EMFILE')).toEqual({
      message: 'scripts/serve: cannot listen on 0.0.0.0:80: listen EMFILE',
      exitCode: 1,
    });
  });
});

describe('refusal of query strings Next would misread', () => {
  it.each([
    ['/api/search?q=%E0%A4%A', 'search: invalid parameter "q": not valid percent-encoding (UTF-8 bytes as %XX)'],
    ['/api/search?q=%ZZ', 'search: invalid parameter "q": not valid percent-encoding (UTF-8 bytes as %XX)'],
    [
      '/api/commitments?forum=arf&%E0=x',
      'commitments: invalid parameter "%E0": not valid percent-encoding (UTF-8 bytes as %XX)',
    ],
    [
      '/api/commitments?__proto__=x',
      'commitments: invalid parameter "__proto__": unknown parameter (no route takes it)',
    ],
    [
      '/api/commitments?%5F%5Fproto%5F%5F=x',
      'commitments: invalid parameter "__proto__": unknown parameter (no route takes it)',
    ],
    // A named query's own name, as its route words every refusal; an unknown path's is the API's.
    [
      '/api/queries/actions-for-forum?forum=arf&__proto__=1',
      'actions-for-forum: invalid parameter "__proto__": unknown parameter (no route takes it)',
    ],
    ['/api/nope?q=%ZZ', 'api: invalid parameter "q": not valid percent-encoding (UTF-8 bytes as %XX)'],
  ])("answers %s with the route's own 400 JSON", (url, error) => {
    const answer = refusal('GET', url);
    expect(answer?.status).toBe(400);
    expect(answer?.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(answer?.body ?? '{}')).toEqual({ error });
  });

  it('hands well-formed queries, and every page, to Next', () => {
    for (const url of ['/api/search?q=%E2%9C%93+x', '/api/search?q=a%2Bb&_=1', '/api/graph', '/document?x=%E0%A4%A'])
      expect(refusal('GET', url), url).toBeUndefined();
  });
});

/** The whole answer to `request`, written as is to a server on `port` (raw, so malformed requests reach it). */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.write(request);
  });
}

describe('the server in front of Next', () => {
  /** A server whose stand-in for Next says which path it was handed; nothing is kept. */
  async function withServer(
    test: (port: number, seen: string[]) => Promise<void>,
    answer: (response: ServerResponse) => void = (response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end('next');
    },
  ): Promise<void> {
    const seen: string[] = [];
    const handle = (request: IncomingMessage, response: ServerResponse) => {
      seen.push(request.url ?? '');
      answer(response);
    };
    const notKept = { answer: async () => false };
    const server = createAtlasServer({ handle, kept: notKept, assets: notKept });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await test((server.address() as AddressInfo).port, seen);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  const statusOf = (answer: string) => answer.split('\r\n')[0];
  /** The JSON body, its chunks joined when it came chunked. */
  const bodyOf = (answer: string) => {
    const [head = '', ...rest] = answer.split('\r\n\r\n');
    let body = rest.join('\r\n\r\n');
    if (/\r\ntransfer-encoding: chunked/i.test(head)) {
      let joined = '';
      for (let size = parseInt(body, 16); size > 0; size = parseInt(body, 16)) {
        const start = body.indexOf('\r\n') + 2;
        joined += body.slice(start, start + size);
        body = body.slice(start + size + 2);
      }
      body = joined;
    }
    return JSON.parse(body) as unknown;
  };

  it("hands Next an absolute-form target as its path (Next redirected to the target's host)", async () => {
    await withServer(async (port, seen) => {
      const answer = await rawExchange(
        port,
        'GET http://evil.example/document HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      );
      expect(statusOf(answer)).toBe('HTTP/1.1 200 OK');
      expect(seen).toEqual(['/document']);
    });
  });

  it("applies the API's guards to an absolute-form API target", async () => {
    await withServer(async (port, seen) => {
      const answer = await rawExchange(
        port,
        'TRACE http://h/api/graph HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
      );
      expect(statusOf(answer)).toBe('HTTP/1.1 405 Method Not Allowed');
      expect(bodyOf(answer)).toEqual({
        error: 'app/api: /api/graph: method TRACE is not allowed; allowed: GET, HEAD, OPTIONS',
      });
      expect(seen).toEqual([]);
    });
  });

  it.each([
    ['GET * (Next answered 500)', 'GET * HTTP/1.1\r\nHost: h\r\n', 'api: the target * is for OPTIONS only'],
    ['an HTTP/1.1 request without Host', 'GET / HTTP/1.1\r\n', 'api: an HTTP/1.1 request must name its Host'],
  ])('answers %s with 400 {error} and the security headers', async (_name, head, error) => {
    await withServer(async (port, seen) => {
      const answer = await rawExchange(port, `${head}Connection: close\r\n\r\n`);
      expect(statusOf(answer)).toBe('HTTP/1.1 400 Bad Request');
      expect(answer).toMatch(/\r\nContent-Security-Policy: default-src 'none'/i);
      expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff/i);
      expect(bodyOf(answer)).toEqual({ error });
      expect(seen).toEqual([]);
    });
  });

  it('answers CONNECT with 405 {error} rather than dropping the connection', async () => {
    await withServer(async (port) => {
      const answer = await rawExchange(port, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n');
      expect(statusOf(answer)).toBe('HTTP/1.1 405 Method Not Allowed');
      expect(answer).toContain('\r\nAllow: GET, HEAD, OPTIONS\r\n');
      expect(bodyOf(answer)).toEqual({ error: 'api: method CONNECT is not allowed: this is not a proxy' });
    });
  });

  it("puts every answer's security headers on what Next answers without them (its 308 for a trailing slash)", async () => {
    const redirect = (response: ServerResponse) => {
      response.statusCode = 308;
      response.setHeader('Location', '/api/graph');
      response.end('/api/graph');
    };
    await withServer(async (port) => {
      const answer = await rawExchange(port, 'GET /api/graph/ HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
      expect(statusOf(answer)).toBe('HTTP/1.1 308 Permanent Redirect');
      expect(answer).toContain(`\r\nContent-Security-Policy: ${API_CSP}\r\n`);
      for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(answer).toContain(`\r\n${name}: ${value}\r\n`);
    }, redirect);
  });

  it("leaves a page's own policy in place of the baseline one, once", async () => {
    const page = (response: ServerResponse) => {
      response.setHeader('content-security-policy', "default-src 'self'");
      response.end('<!DOCTYPE html>');
    };
    await withServer(async (port) => {
      const answer = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
      expect(answer.match(/\r\ncontent-security-policy: /gi)).toHaveLength(1);
      expect(answer).toMatch(/\r\ncontent-security-policy: default-src 'self'\r\n/i);
    }, page);
  });
});

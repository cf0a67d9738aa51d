/**
 * HTTP methods of the API routes: every route module answers the methods it does not implement with a JSON 405
 * naming the allowed ones (and an `Allow` header), OPTIONS with the true `Allow` list, and Next's own dispatcher
 * picks these handlers up from the modules' exports. Unknown paths stay a JSON 404 for every method.
 */
import { autoImplementMethods } from 'next/dist/server/route-modules/app-route/helpers/auto-implement-methods';
import { describe, expect, it, vi } from 'vitest';
import * as catchAll from '@/app/api/[[...path]]/route';
import * as commitments from '@/app/api/commitments/route';
import * as cypher from '@/app/api/cypher/route';
import * as document from '@/app/api/documents/[id]/route';
import * as documents from '@/app/api/documents/route';
import * as edge from '@/app/api/edges/[id]/route';
import * as exportRoute from '@/app/api/export/route';
import * as graph from '@/app/api/graph/route';
import * as health from '@/app/api/health/route';
import * as matrix from '@/app/api/matrix/route';
import * as node from '@/app/api/nodes/[id]/route';
import * as namedQuery from '@/app/api/queries/[name]/route';
import * as queries from '@/app/api/queries/route';
import * as search from '@/app/api/search/route';
import { allowHeader, otherMethods } from '@/lib/http';

vi.stubEnv('ATLAS_BACKEND', 'memory');

type Handler = (request: Request, context?: unknown) => Response | Promise<Response>;
type RouteModule = Record<string, unknown>;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route module under app/api (but the catch-all), a request path on it, and the methods it implements. */
const ROUTES: Array<[string, RouteModule, string[]]> = [
  ['/api/health', health, ['GET']],
  ['/api/graph', graph, ['GET']],
  ['/api/nodes/arf', node, ['GET']],
  ['/api/edges/PART_OF:arf->asean', edge, ['GET']],
  ['/api/search?q=arf', search, ['GET']],
  ['/api/matrix', matrix, ['GET']],
  ['/api/commitments?forum=arf', commitments, ['GET']],
  ['/api/documents', documents, ['GET']],
  ['/api/documents/iscc-2017', document, ['GET']],
  ['/api/queries', queries, ['GET']],
  ['/api/queries/actions-for-forum?forum=arf', namedQuery, ['GET']],
  ['/api/export?format=json', exportRoute, ['GET']],
  ['/api/cypher', cypher, ['POST']],
];

const handler = (module: RouteModule, method: string) => module[method] as Handler;
const request = (path: string, method: string) => new Request(`http://atlas.test${path}`, { method });

describe.each(ROUTES)('%s', (path, module, allowed) => {
  const allow = allowHeader(allowed as Array<(typeof METHODS)[number]>);
  const others = METHODS.filter((method) => !allowed.includes(method));

  it('implements its own methods and nothing else as a 405', () => {
    for (const method of allowed) expect(module[method], method).toBeTypeOf('function');
    expect(others.length).toBeGreaterThan(0);
    for (const method of others) expect(module[method], method).toBeTypeOf('function');
  });

  it.each(others)('%s → 405 JSON {error} with Allow', async (method) => {
    const response = await handler(module, method)(request(path, method));
    expect(response.status).toBe(405);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('allow')).toBe(allow);
    // A refusal, like every error of the API: never kept by a cache (README: HTTP API).
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toBe(
      `app/api: ${new URL(path, 'http://atlas.test').pathname}: method ${method} is not allowed; allowed: ${allow}`,
    );
  });

  it('OPTIONS → 204 with the true Allow list', async () => {
    const response = await handler(module, 'OPTIONS')(request(path, 'OPTIONS'));
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe(allow);
  });

  it('is dispatched by Next to these handlers (not to its empty 405)', async () => {
    const methods = autoImplementMethods(module as never) as Record<string, Handler>;
    for (const method of [...METHODS, 'OPTIONS']) expect(methods[method], method).toBe(module[method]);
    const response = await methods[others[0]!]!(request(path, others[0]!));
    expect(response.status).toBe(405);
    expect((await response.json()).error).toContain('is not allowed');
  });
});

describe('allowHeader', () => {
  it('adds HEAD to GET and always OPTIONS', () => {
    expect(allowHeader(['GET'])).toBe('GET, HEAD, OPTIONS');
    expect(allowHeader(['POST'])).toBe('POST, OPTIONS');
  });

  it('otherMethods leaves the allowed methods out', () => {
    expect(Object.keys(otherMethods(['GET'])).sort()).toEqual(['DELETE', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    expect(Object.keys(otherMethods(['POST'])).sort()).toEqual(['DELETE', 'GET', 'OPTIONS', 'PATCH', 'PUT']);
  });
});

describe('unknown API paths', () => {
  it.each([...METHODS, 'OPTIONS'])('%s → JSON 404', async (method) => {
    const response = await handler(catchAll, method)(request('/api/no-such-thing', method));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await response.json()).error).toBe('api: no API route at /api/no-such-thing (see README: HTTP API)');
  });

  it('include the bare /api (an optional catch-all), so a script probing the API root gets JSON too', async () => {
    const response = await handler(catchAll, 'GET')(request('/api', 'GET'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'api: no API route at /api (see README: HTTP API)' });
  });

  it('are dispatched by Next to the JSON 404 for every method', () => {
    const methods = autoImplementMethods(catchAll as never) as Record<string, Handler>;
    for (const method of [...METHODS, 'OPTIONS']) expect(methods[method], method).toBe(handler(catchAll, method));
  });
});

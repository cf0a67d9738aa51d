/**
 * Error origins over the whole API
 * ================================
 * Every `{error}` the API gives starts with exactly one origin (README: HTTP API): the route's name, a named query's
 * name, `api` before routing, `app/api` for a 405, the store's module when it cannot answer. Walked here over a
 * representative bad request of each kind on every route, as Next calls the routes and as the production server
 * (scripts/serve.mjs) and the proxy's guard answer before Next; a query string the server refuses must read the
 * same as the route's answer to it under `next dev`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as listCommitments } from '@/app/api/commitments/route';
import { POST as cypher } from '@/app/api/cypher/route';
import { GET as document } from '@/app/api/documents/[id]/route';
import { GET as edge } from '@/app/api/edges/[id]/route';
import { GET as exportGraph } from '@/app/api/export/route';
import { GET as graph } from '@/app/api/graph/route';
import { GET as health } from '@/app/api/health/route';
import { GET as matrix } from '@/app/api/matrix/route';
import { GET as node, PUT as putNode } from '@/app/api/nodes/[id]/route';
import { GET as runQuery } from '@/app/api/queries/[name]/route';
import { GET as search } from '@/app/api/search/route';
import { GET as unknownPath } from '@/app/api/[[...path]]/route';
import { guardApiRequest } from '@/lib/security/api-guard';
import { NAMED_QUERIES } from '@/lib/queries/registry';
import { mapNeo4jError } from '@/lib/store/neo4j/errors';
import type { AtlasStore } from '@/lib/store/types';
import { apiOrigin } from '@/scripts/api-origin.mjs';
import { parserRefusal, refusal } from '@/scripts/serve.mjs';

vi.stubEnv('ATLAS_BACKEND', 'memory');

const ROUTE_ORIGINS = ['nodes', 'edges', 'documents', 'search', 'matrix', 'graph', 'export', 'commitments'];
const ALLOWED = new Set([
  ...ROUTE_ORIGINS,
  ...['queries', 'cypher', 'health', 'api', 'app/api', 'lib/store/neo4j', 'lib/store/memory'],
  ...NAMED_QUERIES.map((query) => query.name),
]);

/** The origin a message starts with, checked: from the allowed set, and not followed by a second one. */
function originOf(message: string): string {
  const match = /^([\w/.-]+): ([\s\S]*)$/.exec(message);
  expect(match, `no origin: ${message}`).not.toBeNull();
  const [, origin = '', rest = ''] = match!;
  expect(ALLOWED, `unknown origin "${origin}" in: ${message}`).toContain(origin);
  const second = /^([\w/.-]+): /.exec(rest)?.[1];
  expect(second !== undefined && ALLOWED.has(second), `doubled prefix: ${message}`).toBe(false);
  return origin;
}

const url = (path: string) => `http://atlas.test${path}`;
const get = (path: string) => new Request(url(path));
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const query = (name: string, search: string) =>
  runQuery(get(`/api/queries/${name}${search}`), { params: Promise.resolve({ name }) });
const post = (body: string, type = 'application/json') =>
  cypher(new Request(url('/api/cypher'), { method: 'POST', body, headers: { 'content-type': type } }));

/** [what, the expected origin, the path asked for, the route's answer] */
type Case = [string, string, string, () => Promise<Response>];

const routeCases: Case[] = [
  ['unknown node', 'nodes', '/api/nodes/nope', () => node(get('/api/nodes/nope'), withId('nope'))],
  ['unknown edge', 'edges', '/api/edges/nope', () => edge(get('/api/edges/nope'), withId('nope'))],
  ['unknown document', 'documents', '/api/documents/nope', () => document(get('/api/documents/nope'), withId('nope'))],
  ['search without q', 'search', '/api/search', () => search(get('/api/search'))],
  ['search, unknown parameter', 'search', '/api/search?q=arf&lmit=1', () => search(get('/api/search?q=arf&lmit=1'))],
  ['search, repeated q', 'search', '/api/search?q=a&q=b', () => search(get('/api/search?q=a&q=b'))],
  ['search, broken encoding', 'search', '/api/search?q=%ZZ', () => search(get('/api/search?q=%ZZ'))],
  ['matrix, bad switch', 'matrix', '/api/matrix?parts=yes', () => matrix(get('/api/matrix?parts=yes'))],
  ['matrix, __proto__', 'matrix', '/api/matrix?__proto__=1', () => matrix(get('/api/matrix?__proto__=1'))],
  ['export, unknown format', 'export', '/api/export?format=pdf', () => exportGraph(get('/api/export?format=pdf'))],
  [
    'export, part without csv',
    'export',
    '/api/export?format=json&part=nodes',
    () => exportGraph(get('/api/export?format=json&part=nodes')),
  ],
  ['commitments, blank q', 'commitments', '/api/commitments?q=', () => listCommitments(get('/api/commitments?q='))],
  [
    'commitments, unknown forum',
    'commitments',
    '/api/commitments?forum=nope',
    () => listCommitments(get('/api/commitments?forum=nope')),
  ],
  [
    'commitments, unknown modality',
    'commitments',
    '/api/commitments?modality=nope',
    () => listCommitments(get('/api/commitments?modality=nope')),
  ],
  [
    'commitments, misspelt filter',
    'commitments',
    '/api/commitments?modalty=will',
    () => listCommitments(get('/api/commitments?modalty=will')),
  ],
  ['unknown query', 'queries', '/api/queries/nope', () => query('nope', '')],
  [
    'query, unknown forum',
    'actions-for-forum',
    '/api/queries/actions-for-forum?forum=nope',
    () => query('actions-for-forum', '?forum=nope'),
  ],
  [
    'query, missing parameter',
    'actions-for-forum',
    '/api/queries/actions-for-forum',
    () => query('actions-for-forum', ''),
  ],
  [
    'query, __proto__',
    'actions-for-forum',
    '/api/queries/actions-for-forum?forum=arf&__proto__=1',
    () => query('actions-for-forum', '?forum=arf&__proto__=1'),
  ],
  [
    'query, lone surrogate',
    'neighborhood',
    '/api/queries/neighborhood?id=%ED%A0%80',
    () => query('neighborhood', '?id=%ED%A0%80'),
  ],
  [
    'query, repeated parameter',
    'neighborhood',
    '/api/queries/neighborhood?id=arf&id=sco',
    () => query('neighborhood', '?id=arf&id=sco'),
  ],
  [
    'query, bad depth',
    'neighborhood',
    '/api/queries/neighborhood?id=arf&depth=9',
    () => query('neighborhood', '?id=arf&depth=9'),
  ],
  ['cypher, not JSON', 'cypher', '/api/cypher', () => post('MATCH (n) RETURN n', 'text/plain')],
  ['cypher, broken JSON', 'cypher', '/api/cypher', () => post('{')],
  ['cypher, no query', 'cypher', '/api/cypher', () => post('{"params": {}}')],
  ['cypher, unknown field', 'cypher', '/api/cypher', () => post('{"query": "RETURN 1", "x": 1}')],
  ['cypher on the memory backend', 'cypher', '/api/cypher', () => post('{"query": "RETURN 1"}')],
  [
    'a method the route does not take',
    'app/api',
    '/api/nodes/arf',
    async () => putNode(new Request(url('/api/nodes/arf'), { method: 'PUT' })),
  ],
  ['no such route', 'api', '/api/nope', async () => unknownPath(get('/api/nope'))],
  ['the bare /api', 'api', '/api', async () => unknownPath(get('/api'))],
];

describe('every route error starts with one origin', () => {
  it.each(routeCases)('%s → %s:', async (_what, origin, path, answer) => {
    const response = await answer();
    expect(response.status).toBeGreaterThanOrEqual(400);
    const { error } = (await response.json()) as { error: string };
    expect(originOf(error)).toBe(origin);
    // The production server and the explorer name the same origin from the path alone (405s excepted: app/api).
    if (origin !== 'app/api') expect(apiOrigin(path)).toBe(origin);
  });
});

describe('when the store cannot answer', () => {
  const holder = globalThis as typeof globalThis & { __atlasStore?: Promise<AtlasStore> };
  const kept = holder.__atlasStore;
  afterEach(() => {
    holder.__atlasStore = kept;
    vi.restoreAllMocks();
  });
  /** A store whose every method these routes call fails with `error`. */
  function failing(error: () => unknown): AtlasStore {
    const fail = () => Promise.reject(error());
    return { backend: 'neo4j', stats: fail, graph: fail, node: fail } as unknown as AtlasStore;
  }

  it("keeps the store's origin for an outage (lib/store/neo4j), on every route", async () => {
    holder.__atlasStore = Promise.resolve(failing(() => mapNeo4jError(new Error('connect ECONNREFUSED'))));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const response of [
      await health(),
      await graph(get('/api/graph')),
      await node(get('/api/nodes/arf'), withId('arf')),
    ]) {
      expect(response.status).toBe(503);
      expect(originOf(((await response.json()) as { error: string }).error)).toBe('lib/store/neo4j');
    }
  });

  it("gives an unexpected failure the route's origin", async () => {
    holder.__atlasStore = Promise.resolve(failing(() => new Error('boom')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answers: Array<[string, Response]> = [
      ['health', await health()],
      ['graph', await graph(get('/api/graph'))],
      ['nodes', await node(get('/api/nodes/arf'), withId('arf'))],
    ];
    for (const [origin, response] of answers) {
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: `${origin}: internal error` });
    }
  });
});

describe('answers given before Next routes the request', () => {
  it.each([
    '/api/search?q=%E0%A4%A',
    '/api/commitments?forum=arf&__proto__=x',
    '/api/queries/actions-for-forum?forum=arf&__proto__=1',
    '/api/queries/neighborhood?id=%ED%A0%80',
    '/api/queries/nope?__proto__=1',
    '/api/nope?q=%ZZ',
  ])("scripts/serve.mjs refuses %s with its route's origin", (path) => {
    const error = (JSON.parse(refusal('GET', path)?.body ?? '{}') as { error: string }).error;
    expect(originOf(error)).toBe(apiOrigin(path));
  });

  it.each([
    ['/api/search?q=%E0%A4%A', () => search(get('/api/search?q=%E0%A4%A'))],
    [
      '/api/queries/actions-for-forum?forum=arf&__proto__=1',
      () => query('actions-for-forum', '?forum=arf&__proto__=1'),
    ],
    ['/api/queries/neighborhood?id=%ED%A0%80', () => query('neighborhood', '?id=%ED%A0%80')],
  ])('scripts/serve.mjs words %s as the route does under next dev', async (path, route) => {
    expect(JSON.parse(refusal('GET', path)?.body ?? '{}')).toEqual(await (await route()).json());
  });

  it.each(['HPE_HEADER_OVERFLOW', 'ERR_HTTP_REQUEST_TIMEOUT', 'HPE_INVALID_METHOD', 'HPE_INVALID_CONSTANT'])(
    "Node's parser refusing a request (%s) is the API's",
    (code) => {
      expect(originOf(parserRefusal(Object.assign(new Error(code), { code })).error)).toBe('api');
    },
  );

  it('a method Next cannot represent is app/api, as the routes say it', () => {
    expect(originOf((JSON.parse(refusal('PROPFIND', '/api/nodes/arf')?.body ?? '{}') as { error: string }).error)).toBe(
      'app/api',
    );
    expect(originOf(guardApiRequest('PROPFIND', url('/api/nodes/arf'))?.error ?? '')).toBe('app/api');
  });

  it("a path Next cannot decode is the API's (the proxy's guard)", () => {
    expect(originOf(guardApiRequest('GET', url('/api/nodes/%E0%A4%A'))?.error ?? '')).toBe('api');
  });
});

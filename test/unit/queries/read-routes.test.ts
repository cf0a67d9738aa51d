/**
 * The read routes of the public API on the memory backend, called as Next calls them: /api/health, /api/graph,
 * /api/nodes/:id, /api/edges/:id, /api/search and /api/documents answer with ARCHITECTURE.md's status codes,
 * JSON content type and shapes, and every refusal is `{error}` alone. (Field names of every answer are pinned for
 * both stores by test/support/contract/shape-cases.ts; here it is the HTTP side.)
 */
import { describe, expect, it, vi } from 'vitest';
import { GET as document } from '@/app/api/documents/[id]/route';
import { GET as documents } from '@/app/api/documents/route';
import { GET as edge } from '@/app/api/edges/[id]/route';
import { GET as graph } from '@/app/api/graph/route';
import { GET as health } from '@/app/api/health/route';
import { GET as node } from '@/app/api/nodes/[id]/route';
import { GET as searchRoute } from '@/app/api/search/route';

vi.stubEnv('ATLAS_BACKEND', 'memory');

const url = (path: string) => `http://atlas.test${path}`;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

async function json(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: await response.json() };
}

/** A refusal: the status, and a body of `{error}` and nothing else. */
async function expectError(response: Response, status: number, message: RegExp) {
  const answer = await json(response);
  expect(answer.status).toBe(status);
  expect(Object.keys(answer.body)).toEqual(['error']);
  expect(answer.body.error).toMatch(message);
}

describe('GET /api/health', () => {
  it('answers {ok: true, backend: "memory", nodes, edges}', async () => {
    const response = await health();
    const { status, body } = await json(response);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, backend: 'memory', nodes: expect.any(Number), edges: expect.any(Number) });
    // As every API answer (README: HTTP API): a cache in front asks again before reusing it.
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('GET /api/graph', () => {
  it("answers graphology's serialised form with an ETag, and 304 when it matches", async () => {
    const response = await graph(new Request(url('/api/graph')));
    const { status, body } = await json(response);
    expect(status).toBe(200);
    expect(body).toMatchObject({ attributes: {}, nodes: expect.any(Array), edges: expect.any(Array) });
    const stats = (await json(await health())).body;
    expect([body.nodes.length, body.edges.length]).toEqual([stats.nodes, stats.edges]);
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await graph(new Request(url('/api/graph'), { headers: { 'if-none-match': etag! } }));
    expect(again.status).toBe(304);
  });
});

describe('GET /api/nodes/:id', () => {
  const get = (id: string) => node(new Request(url(`/api/nodes/${encodeURIComponent(id)}`)), withId(id));

  it('answers {node, neighbors, provenance}, reading the id case-insensitively', async () => {
    const { status, body } = await json(await get('ARF'));
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['neighbors', 'node', 'provenance']);
    expect(body.node).toMatchObject({ id: 'arf', label: 'ASEAN Regional Forum', type: 'forum' });
    expect(body.neighbors).toContainEqual(expect.objectContaining({ id: 'asean', relation: 'PART_OF' }));
  });

  it('404 {error} for an unknown node', async () => {
    await expectError(await get('no-such-node'), 404, /^nodes: unknown node "no-such-node"$/);
  });
});

describe('GET /api/edges/:id', () => {
  const get = (id: string) => edge(new Request(url(`/api/edges/${encodeURIComponent(id)}`)), withId(id));

  it('answers {edge, source, target, provenance}', async () => {
    const { status, body } = await json(await get('PART_OF:arf->asean'));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      edge: { id: 'PART_OF:arf->asean', type: 'PART_OF', basis: 'curated' },
      source: { id: 'arf' },
      target: { id: 'asean' },
    });
  });

  it('reads the key in any case, as node ids are read', async () => {
    for (const id of ['part_of:ARF->ASEAN', ' Part_Of:arf->Asean ']) {
      const { status, body } = await json(await get(id));
      expect(status, id).toBe(200);
      expect(body.edge.id).toBe('PART_OF:arf->asean');
    }
  });

  it('404 {error} for an unknown edge', async () => {
    await expectError(await get('PART_OF:arf->sco'), 404, /^edges: unknown edge "PART_OF:arf->sco"$/);
  });
});

describe('GET /api/search', () => {
  const get = (search: string) => searchRoute(new Request(url(`/api/search${search}`)));

  it('answers {results:[{id,label,type,aliases}]} best first, matching aliases case-insensitively', async () => {
    const { status, body } = await json(await get('?q=asean%20regional'));
    expect(status).toBe(200);
    expect(body.results[0]).toEqual({
      id: 'arf',
      label: 'ASEAN Regional Forum',
      type: 'forum',
      aliases: expect.arrayContaining(['ARF']),
    });
  });

  it('reads full-width letters as the plain ones the names are written with', async () => {
    const { body } = await json(await get(`?q=${encodeURIComponent('ＡＲＦ')}`));
    expect(body.results[0]?.id).toBe('arf');
  });

  it('takes `limit`', async () => {
    expect((await json(await get('?q=the&limit=2'))).body.results).toHaveLength(2);
  });

  it.each([
    ['', /^search: invalid parameter "q": required$/],
    ['?q=', /^search: invalid parameter "q": required$/],
    ['?limit=5', /^search: invalid parameter "q": required$/],
    ['?q=arf&limit=0', /"limit": must be at least 1/],
    ['?q=arf&limit=ten', /"limit": must be an integer/],
    ['?q=arf&max=5', /"max": unknown parameter \(expected one of: q, limit\)/],
  ])('%s → 400 {error}', async (search, message) => {
    await expectError(await get(search), 400, message);
  });
});

describe('GET /api/documents', () => {
  it('lists the documents', async () => {
    const { status, body } = await json(await documents());
    expect(status).toBe(200);
    expect(body.documents).toContainEqual(expect.objectContaining({ id: 'iscc-2017', language: 'en' }));
  });

  it('answers one document with its text, and 404 {error} for an unknown one', async () => {
    const one = await json(await document(new Request(url('/api/documents/ISCC-2017')), withId('ISCC-2017')));
    expect(one.status).toBe(200);
    expect(one.body.document.id).toBe('iscc-2017');
    expect(one.body.text.length).toBeGreaterThan(1000);
    const unknown = await document(new Request(url('/api/documents/nope')), withId('nope'));
    await expectError(unknown, 404, /^documents: unknown document "nope"$/);
  });
});

/**
 * Unknown query parameters, on every route that takes parameters: a misspelt filter (`modalty=will`) is a 400 that
 * lists the parameters the route takes, never an answer as if no filter had been asked for; `_` (a cache-buster)
 * is ignored everywhere. (Routes without parameters ignore any query string: `/api/graph?v=2` busts a cache there.)
 */
import { describe, expect, it, vi } from 'vitest';
import { GET as listCommitments } from '@/app/api/commitments/route';
import { GET as exportGraph } from '@/app/api/export/route';
import { GET as runQuery } from '@/app/api/queries/[name]/route';
import { GET as search } from '@/app/api/search/route';

vi.stubEnv('ATLAS_BACKEND', 'memory');

const url = (path: string) => new Request(`http://atlas.test${path}`);

describe('a parameter the route does not take', () => {
  it.each([
    [
      '/api/commitments?modalty=will',
      listCommitments,
      'commitments: invalid parameter "modalty": unknown parameter (expected one of: forum, action, modality, kind, document, q)',
    ],
    [
      '/api/search?q=arf&lmit=1',
      search,
      'search: invalid parameter "lmit": unknown parameter (expected one of: q, limit)',
    ],
    // The misspelt parameter is the required one: the typo is named, not "q: required".
    ['/api/search?qq=arf', search, 'search: invalid parameter "qq": unknown parameter (expected one of: q, limit)'],
    [
      '/api/export?format=csv&prt=nodes',
      exportGraph,
      'export: invalid parameter "prt": unknown parameter (expected one of: format, part)',
    ],
    // Worded as on every other route (the named queries had their own "unknown parameter "x" (parameters: …)").
    [
      '/api/queries/actions-for-forum?forum=arf&prts=true',
      (request: Request) => runQuery(request, { params: Promise.resolve({ name: 'actions-for-forum' }) }),
      'actions-for-forum: invalid parameter "prts": unknown parameter (expected one of: forum, parts)',
    ],
  ])('%s → 400 naming it and the expected ones', async (path, route, message) => {
    const response = await route(url(path));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: message });
  });
});

describe('the cache-buster `_`', () => {
  it('changes nothing on the filtered routes and the named queries', async () => {
    const plain = await (await listCommitments(url('/api/commitments?forum=arf'))).json();
    const busted = await listCommitments(url('/api/commitments?forum=arf&_=1700000000000'));
    expect(busted.status).toBe(200);
    expect(await busted.json()).toEqual(plain);
    expect((await search(url('/api/search?q=arf&_=1'))).status).toBe(200);
    const named = await runQuery(url('/api/queries/central-forums?limit=3&_=1'), {
      params: Promise.resolve({ name: 'central-forums' }),
    });
    expect(named.status).toBe(200);
  });

  it('is not a parameter, so giving it twice is not refused either', async () => {
    expect((await search(url('/api/search?q=arf&_=1&_=2'))).status).toBe(200);
  });
});

/**
 * The query, commitments, Cypher and export routes on the memory backend, called as Next calls them: status codes,
 * `{error}` bodies that name the field, and download headers.
 */
import { describe, expect, it, vi } from 'vitest';
import { GET as listCommitments } from '@/app/api/commitments/route';
import { POST as cypher } from '@/app/api/cypher/route';
import { GET as exportGraph } from '@/app/api/export/route';
import { GET as listQueries } from '@/app/api/queries/route';
import { GET as runQuery } from '@/app/api/queries/[name]/route';

// These cases are the memory backend's answers, whatever the developer's environment says.
vi.stubEnv('ATLAS_BACKEND', 'memory');

const call = (name: string, search = '') =>
  runQuery(new Request(`http://atlas.test/api/queries/${name}${search}`), { params: Promise.resolve({ name }) });
const post = (body: string) =>
  cypher(
    new Request('http://atlas.test/api/cypher', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    }),
  );

describe('GET /api/queries', () => {
  it('lists the named queries with a title, a description and typed parameters', async () => {
    const response = await listQueries();
    expect(response.status).toBe(200);
    const { queries } = await response.json();
    expect(queries).toHaveLength(6);
    for (const query of queries) expect(query.title, query.name).toMatch(/^[A-Z][a-z].{5,}$/);
    expect(queries[0]).toMatchObject({
      name: 'actions-for-forum',
      title: 'Plan-of-action items for a forum',
      parameters: [
        { name: 'forum', type: 'entity', required: true },
        { name: 'parts', type: 'boolean', required: false },
      ],
    });
  });
});

describe('GET /api/queries/:name', () => {
  it('answers {columns, rows, nodes, edges}', async () => {
    const response = await call('actions-for-forum', '?forum=sco');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.rows.map((row: unknown[]) => row[1])).toEqual([
      'Rule-based Order in Cyberspace',
      'Partnership in Cyberspace',
    ]);
    expect(body.nodes).toContain('sco');
  });

  it.each([
    ['no-such-query', '', 404, /unknown query "no-such-query"/],
    ['actions-for-forum', '', 400, /invalid parameter "forum": required/],
    ['actions-for-forum', '?forum=Not%20A%20Slug', 400, /"forum"/],
    ['actions-for-forum', '?forum=arf&x=1', 400, /invalid parameter "x": unknown parameter/],
    ['actions-for-forum', '?forum=no-such-forum', 404, /unknown forum "no-such-forum"/],
    ['neighborhood', '?id=arf&depth=9', 400, /"depth": must be at most 3/],
    ['shortest-path', '?from=arf&to=no-such-node', 404, /unknown node \(parameter "to"\)/],
    [
      'actions-for-forum',
      '?forum=arf&forum=sco',
      400,
      /^actions-for-forum: invalid parameter "forum": given more than once/,
    ],
    ['neighborhood', '?id=arf&depth=0x2', 400, /"depth": must be an integer/],
    ['central-forums', '?limit=2e1', 400, /"limit": must be an integer/],
  ])('%s%s → %i {error}', async (name, search, status, message) => {
    const response = await call(name, search);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatch(message);
  });
});

describe('GET /api/commitments', () => {
  const commitments = async (search: string) => {
    const response = await listCommitments(new Request(`http://atlas.test/api/commitments${search}`));
    return { status: response.status, body: await response.json() };
  };
  const ids = (body: { commitments: Array<{ id: string }> }) => body.commitments.map((c) => c.id);

  it('?forum=arf gives the ARF commitments', async () => {
    const { status, body } = await commitments('?forum=arf');
    expect(status).toBe(200);
    expect(ids(body)).toEqual(['iscc-2017-ch4-3-s3', 'iscc-2017-ch4-3-s4', 'iscc-2017-ch4-5-s6']);
  });

  it('normalises ids and modalities as the named queries do', async () => {
    expect(ids((await commitments('?forum=%20ARF')).body)).toEqual(ids((await commitments('?forum=arf')).body));
    const will = await commitments('?modality=Will');
    expect(will.status).toBe(200);
    expect(will.body.commitments.length).toBeGreaterThan(0);
    // A sentence is found by any modality it states ("China supports … and will continue …"), its first kept apart.
    for (const c of will.body.commitments) expect(c.modalities).toContain('will');
    expect(will.body.commitments.filter((c: { modality: string }) => c.modality !== 'will').length).toBeGreaterThan(0);
  });

  it.each([
    ['?action=action-partnership-in-cyberspace', 'action-partnership-in-cyberspace'],
    ['?action=principle-peace', 'principle-peace'],
  ])('%s: an item, goal or principle the commitments are under', async (search, under) => {
    const { status, body } = await commitments(search);
    expect(status).toBe(200);
    expect(body.commitments.length).toBeGreaterThan(0);
    for (const c of body.commitments) expect(c.actionId).toBe(under);
  });

  it('a known modality that the other filters leave out is an empty list, not a 404', async () => {
    const { status, body } = await commitments('?forum=arf&modality=opposes');
    expect(status).toBe(200);
    expect(body).toEqual({ commitments: [] });
  });

  it.each([
    [
      '?forum=china',
      /^commitments: unknown forum "china" \("china" is a state; expected: organization, forum, process\)$/,
    ],
    ['?forum=principle-peace', /"principle-peace" is a principle; expected: organization, forum, process/],
    ['?forum=no-such-forum', /^commitments: unknown forum "no-such-forum"$/],
    ['?action=arf', /^commitments: unknown action "arf" \("arf" is a forum; expected: principle, goal, action\)$/],
    ['?action=no-such-action', /^commitments: unknown action "no-such-action"$/],
    ['?modality=bogus', /^commitments: no commitment has modality "bogus"$/],
    ['?forum=arf&modality=bogus', /no commitment has modality "bogus"/],
  ])('%s → 404 {error}, as the named queries answer', async (search, message) => {
    const { status, body } = await commitments(search);
    expect(status).toBe(404);
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatch(message);
  });

  it('takes a blank filter as no filter', async () => {
    const { status, body } = await commitments('?forum=&action=');
    expect(status).toBe(200);
    expect(ids(body)).toEqual(ids((await commitments('')).body));
  });

  it('?q= keeps the sentences that contain every word, with the other filters', async () => {
    const { status, body } = await commitments('?q=Terrorism');
    expect(status).toBe(200);
    expect(body.commitments).toHaveLength(5);
    for (const c of body.commitments) expect(c.text).toMatch(/terrorism/i);
    expect(ids((await commitments('?q=terrorism&forum=arf')).body)).toEqual(['iscc-2017-ch4-5-s6']);
    expect(ids((await commitments('?q=%22sovereignty%20in%20cyberspace%22')).body)).toEqual([]);
  });

  it.each([
    ['?q=', /^commitments: invalid parameter "q": must not be empty/],
    ['?q=%20%20&forum=arf', /^commitments: invalid parameter "q": must not be empty/],
    [`?q=${'terrorism '.repeat(21)}`, /^commitments: invalid parameter "q": at most 200 characters$/],
    ['?q=%3F!%22%22', /^commitments: invalid parameter "q": must contain a letter or digit/],
    // A lone combining accent, or an emoji's variation selector, is a mark, not a letter: no silent empty list.
    ['?q=%CC%81', /^commitments: invalid parameter "q": must contain a letter or digit/],
    ['?q=%E2%9D%A4%EF%B8%8F', /^commitments: invalid parameter "q": must contain a letter or digit/],
  ])('%s → 400 naming q', async (search, message) => {
    const { status, body } = await commitments(search);
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.stringMatching(message) });
  });

  it('refuses the same forum as the named query does, with the same reason', async () => {
    const named = await (await call('actions-for-forum', '?forum=china')).json();
    const { body } = await commitments('?forum=china');
    expect(body.error.replace(/^commitments: /, '')).toBe(named.error.replace(/^actions-for-forum: /, ''));
  });

  it.each([
    ['?forum=Not%20A%20Slug', 'forum'],
    ['?kind=both', 'kind'],
    ['?forum=arf&forum=sco', 'forum'],
  ])('%s → 400 naming %s', async (search, field) => {
    const { status, body } = await commitments(search);
    expect(status).toBe(400);
    expect(body.error).toContain(`"${field}"`);
  });

  it('reads the kind case-insensitively, as the modality, and says what the kinds are when it is neither', async () => {
    const lower = await commitments('?kind=self');
    const upper = await commitments('?kind=SELF');
    expect(upper.status).toBe(200);
    expect(upper.body).toEqual(lower.body);
    const { body } = await commitments('?kind=both');
    expect(body.error).toBe(
      'commitments: invalid parameter "kind": must be "self" (the issuer\'s own) or "others" (norms for others)',
    );
  });
});

describe('POST /api/cypher', () => {
  it('answers 501 on the memory backend, saying how to start Neo4j', async () => {
    const response = await post(JSON.stringify({ query: 'MATCH (n) RETURN count(n)' }));
    expect(response.status).toBe(501);
    expect((await response.json()).error).toMatch(/neo4j:start/);
  });

  it.each([
    ['{not json', /invalid JSON body/],
    ['[1, 2]', /must be a JSON object/],
    ['{}', /invalid field "query": required/],
    ['{"query": "   "}', /"query": must not be empty/],
    [JSON.stringify({ query: `RETURN 1 ${' '.repeat(10_000)}` }), /"query": longer than 10000 characters/],
    ['{"query": "RETURN $x", "params": [1]}', /"params": must be an object of JSON values/],
    ['{"query": "RETURN 1", "limit": 5}', /invalid field "limit": unknown field/],
  ])('refuses %s with 400 before the store sees it', async (body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  it.each([
    ['text/plain', /not "text\/plain"/],
    ['application/x-www-form-urlencoded', /Content-Type: application\/json/],
    [undefined, /not untyped/],
  ])('refuses a %s body with 415: only JSON, so no cross-site form reaches the console', async (type, message) => {
    const headers: Record<string, string> = type ? { 'content-type': type } : {};
    const request = new Request('http://atlas.test/api/cypher', {
      method: 'POST',
      body: new Blob([JSON.stringify({ query: 'RETURN 1' })]),
      headers,
    });
    const response = await cypher(request);
    expect(response.status).toBe(415);
    expect((await response.json()).error).toMatch(message);
  });

  it('takes application/json with a charset', async () => {
    const response = await cypher(
      new Request('http://atlas.test/api/cypher', {
        method: 'POST',
        body: JSON.stringify({ query: 'RETURN 1' }),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      }),
    );
    expect(response.status).toBe(501);
  });

  it('refuses a body over the limit with 413, without reading it all', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const response = await cypher(
      new Request('http://atlas.test/api/cypher', {
        method: 'POST',
        body: endless,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than \d+ bytes/);
    expect(pulled).toBeLessThan(50);
  });
});

describe('GET /api/export', () => {
  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', 'strategy-atlas.gexf'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'strategy-atlas.graphml'],
    ['csv', 'text/csv; charset=utf-8; header=present', 'strategy-atlas-edges.csv'],
    ['csv&part=nodes', 'text/csv; charset=utf-8; header=present', 'strategy-atlas-nodes.csv'],
    ['json', 'application/json; charset=utf-8', 'strategy-atlas.json'],
  ])('format=%s: a download with its content type and file name', async (format, type, filename) => {
    const response = await exportGraph(new Request(`http://atlas.test/api/export?format=${format}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
    expect((await response.text()).length).toBeGreaterThan(1000);
  });

  it.each([
    ['', 'format'],
    ['?format=pdf', 'format'],
    ['?format=gexf&part=nodes', 'part'],
    ['?format=csv&part=all', 'part'],
    ['?format=json&x=1', 'x'],
    ['?format=csv&format=json', 'format'],
  ])('%s → 400 naming %s', async (search, field) => {
    const response = await exportGraph(new Request(`http://atlas.test/api/export${search}`));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain(`"${field}"`);
  });

  it('says "required" only when the format is missing', async () => {
    const error = async (search: string) =>
      (await (await exportGraph(new Request(`http://atlas.test/api/export${search}`))).json()).error;
    expect(await error('')).toMatch(/"format": required: one of gexf/);
    expect(await error('?format=PDF')).toMatch(/"format": one of gexf/);
  });

  it('reads the format and part in any case, as every other route reads its choices', async () => {
    const response = await exportGraph(new Request('http://atlas.test/api/export?format=CSV&part=Nodes'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="strategy-atlas-nodes.csv"');
  });
});

/**
 * POST /api/cypher against a real Neo4j (the route handler, the Neo4j store, the console): writes, schema and
 * admin commands and write procedures are refused with 400 and leave the counts unchanged; an expensive query is
 * cut by the timeout with 504 and the store stays healthy; a query Neo4j cannot stop at its timeout is answered
 * with 504 all the same and holds its console slot until it ends. Dataset: graph-data/, loaded by the suite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { documentGraph, loadInto, neo4jSettings } from '../support/neo4j';

type Handler = (request: Request) => Promise<Response>;
let post: Handler;
let health: () => Promise<Response>;

async function cypher(query: string, params?: unknown) {
  const response = await post(
    new Request('http://test/api/cypher', {
      method: 'POST',
      body: JSON.stringify({ query, params }),
      headers: { 'content-type': 'application/json' },
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      error?: string;
      columns?: string[];
      rows?: unknown[][];
      truncated?: boolean;
      truncatedBy?: string;
    },
  };
}

async function counts(): Promise<unknown[]> {
  const { body } = await cypher('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
  return body.rows?.[0] ?? [];
}

beforeAll(async () => {
  await loadInto(documentGraph());
  const settings = neo4jSettings();
  Object.assign(process.env, {
    ATLAS_BACKEND: 'neo4j',
    NEO4J_URI: settings.uri,
    NEO4J_DATABASE: settings.database,
    ATLAS_CYPHER_TIMEOUT_MS: '1500',
    ATLAS_CYPHER_ROW_CAP: '25',
    ATLAS_CYPHER_MAX_CONCURRENT: '1',
    ATLAS_CYPHER_MAX_ANSWER_CHARS: '20000',
  });
  if (settings.password !== undefined) process.env.NEO4J_PASSWORD = settings.password;
  post = (await import('@/app/api/cypher/route')).POST as Handler;
  health = (await import('@/app/api/health/route')).GET as () => Promise<Response>;
});

describe('POST /api/cypher on Neo4j', () => {
  it('answers a read query with columns and rows', async () => {
    const { status, body } = await cypher('MATCH (f:Forum {id: $id}) RETURN f.label AS label', { id: 'arf' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ columns: ['label'], rows: [['ASEAN Regional Forum']], truncated: false });
  });

  it("places a syntax error in the user's query, not in the EXPLAIN that checks it", async () => {
    // `RETURN 1 +` ends at column 11; Neo4j parsed `EXPLAIN RETURN 1 +` and said column 19.
    const { status, body } = await cypher('RETURN 1 +');
    expect(status).toBe(400);
    expect(body.error).toMatch(/^cypher: .*\(line 1, column 11 \(offset: 10\)\)/);
  });

  it('caps the rows and says so', async () => {
    const { body } = await cypher('MATCH (n) RETURN n.id');
    expect(body.rows).toHaveLength(25);
    expect(body.truncated).toBe(true);
    expect(body.truncatedBy).toBe('rows');
  });

  it('stops before the rows pass the size limit, however few they are, and says so', async () => {
    // Each row a list of 1,000 numbers (≈ 3,900 characters of JSON): the 20,000 limit takes 5 of the 10.
    const { status, body } = await cypher('UNWIND range(1, 10) AS i RETURN i, range(1, 1000) AS xs');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(5);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'size' });
    const { body: small } = await cypher('UNWIND range(1, 3) AS i RETURN i');
    expect(small).toMatchObject({ rows: [[1], [2], [3]], truncated: false });
    expect(small.truncatedBy).toBeUndefined();
  });

  it.each([
    ['CREATE', "CREATE (:Atlas {id: 'intruder'})"],
    ['MERGE', "MERGE (n:Atlas {id: 'intruder'}) RETURN n"],
    ['SET', "MATCH (n:Atlas {id: 'arf'}) SET n.label = 'hacked' RETURN n"],
    ['DELETE', 'MATCH (n) DETACH DELETE n'],
    ['REMOVE', "MATCH (n:Atlas {id: 'arf'}) REMOVE n:Forum"],
    ['schema', 'CREATE INDEX intruder IF NOT EXISTS FOR (n:Atlas) ON (n.label)'],
    ['drop constraint', 'DROP CONSTRAINT atlas_id'],
    ['admin', "CREATE USER intruder SET PASSWORD 'secret-password' CHANGE NOT REQUIRED"],
    ['write procedure', "CALL db.createLabel('Intruder')"],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    // A `//` inside a string hid the rest of the line from the text screen: this read /etc/passwd.
    ['LOAD CSV after a string holding //', "WITH '//' AS x LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    // Backticked names skipped the procedure allowlist: these showed other sessions' queries, the database's id.
    ['a backticked procedure', "CALL `db`.stats.retrieve('QUERIES') YIELD section, data RETURN section, data"],
    ['a procedure quoted part by part', 'CALL `db`.`info`() YIELD id RETURN id'],
    ['IN TRANSACTIONS', 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:X) } IN TRANSACTIONS'],
    ['USE', 'USE system SHOW USERS'],
    ['foreach', "MATCH (n:Atlas {id: 'arf'}) FOREACH (x IN [1] | SET n.x = x)"],
    // Planned as reads, but they read the server's settings and other sessions' queries, or end them.
    ['SHOW SETTINGS', 'SHOW SETTINGS YIELD name, value RETURN name, value'],
    ['SHOW TRANSACTIONS', 'CYPHER 5 SHOW TRANSACTIONS'],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    [
      'SHOW … TERMINATE',
      'SHOW TRANSACTIONS YIELD transactionId AS tx TERMINATE TRANSACTIONS tx YIELD message RETURN message',
    ],
  ])('refuses %s with 400 and the reason, changing nothing', async (_name, query) => {
    const before = await counts();
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(/refused|read-only|not allowed|only|invalid|not supported|writes/i);
    expect(await counts()).toEqual(before);
    const arf = await cypher("MATCH (n:Atlas {id: 'arf'}) RETURN n.label, labels(n)");
    expect(arf.body.rows?.[0]?.[0]).toBe('ASEAN Regional Forum');
  });

  it('runs the schema commands (SHOW INDEXES, SHOW CONSTRAINTS) as it runs the schema procedures', async () => {
    const { status, body } = await cypher('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(status).toBe(200);
    expect(body.rows?.length).toBeGreaterThan(0);
    expect((await cypher('SHOW INDEXES')).status).toBe(200);
  });

  it("answers the issue's cartesian count from the count store (it is not expensive on Neo4j 5.26)", async () => {
    const { status, body } = await cypher('MATCH (a),(b),(c),(d),(e) RETURN count(*)');
    expect(status).toBe(200);
    expect(typeof body.rows?.[0]?.[0]).toBe('number');
  });

  it('cuts a genuinely expensive query with 504, and the store stays healthy', async () => {
    const { status, body } = await cypher(
      'MATCH (a),(b),(c),(d),(e) WHERE a.id < b.id AND c.id < d.id RETURN count(*)',
    );
    expect(status).toBe(504);
    expect(body.error).toMatch(/^cypher: .*(time limit|longer than)/);
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, backend: 'neo4j' });
  });

  it('answers 504 for a query Neo4j cannot stop at its timeout, and keeps its slot until Neo4j ends it', async () => {
    // A reduce() builds its string without checking for termination: Neo4j runs it on past the timeout.
    const runaway = "RETURN size(reduce(s = '', x IN range(1, 160000) | s + 'aaaaaaaaaa')) AS size";
    const first = await cypher(runaway);
    expect(first.status).toBe(504);
    // The answer came at the client guard, not when Neo4j ended the query: it is still running in Neo4j, so the
    // one console slot (ATLAS_CYPHER_MAX_CONCURRENT=1) is taken.
    const busy = await cypher('RETURN 1 AS one');
    expect(busy.status).toBe(429);
    expect(busy.body.error).toMatch(/still running/);
    expect((await health()).status).toBe(200);
    // Once Neo4j has ended it, the slot is free again.
    let after = busy;
    for (let waited = 0; after.status === 429 && waited < 240_000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await cypher('RETURN 1 AS one');
    }
    expect(after).toMatchObject({ status: 200, body: { rows: [[1]] } });
  }, 300_000);

  it('rejects malformed bodies with 400 naming the field', async () => {
    const bad = await post(
      new Request('http://test/api/cypher', {
        method: 'POST',
        body: '{"query": ',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(bad.status).toBe(400);
    const wrong = await cypher(42 as unknown as string);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/query/);
  });
});

/**
 * Cypher console examples
 * =======================
 * Read-only queries to start from, written against the data model of ARCHITECTURE.md (every node is :Atlas with
 * an `id`; type labels such as :Commitment, :Action; relationships UNDER, INVOLVES, MENTIONS …). Each one uses
 * parameters where a value would be typed in, as user queries should.
 */

export interface CypherExample {
  title: string;
  query: string;
  params: Record<string, unknown>;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    title: 'Forums by the number of commitments that involve them',
    query: `MATCH (c:Commitment)-[:INVOLVES]->(f:Atlas)
WHERE f.type IN ['organization', 'forum', 'process']
RETURN f.id AS forum, f.label AS name, count(c) AS commitments
ORDER BY commitments DESC, forum
LIMIT 10`,
    params: {},
  },
  {
    title: 'What a forum is committed to, item by item',
    query: `MATCH (f:Atlas {id: $forum})<-[:INVOLVES]-(c:Commitment)-[:UNDER]->(a:Action)
RETURN a.label AS item, c.modalities AS modalities, c.text AS sentence
ORDER BY a.number, c.start`,
    params: { forum: 'arf' },
  },
  {
    title: 'A node and its neighbours (shown as a graph)',
    query: `MATCH (n:Atlas {id: $id})-[r]-(m:Atlas)
RETURN n, type(r) AS relation, m
ORDER BY relation, m.id`,
    params: { id: 'sco' },
  },
  {
    title: 'Commitments by modality',
    query: `MATCH (c:Commitment) UNWIND c.modalities AS modality
RETURN modality, c.kind AS kind, count(*) AS commitments
ORDER BY commitments DESC, modality`,
    params: {},
  },
  {
    title: 'A shortest path between two nodes',
    query: `MATCH p = shortestPath((a:Atlas {id: $from})-[*..8]-(b:Atlas {id: $to}))
RETURN p, length(p) AS steps`,
    params: { from: 'arf', to: 'icann' },
  },
];

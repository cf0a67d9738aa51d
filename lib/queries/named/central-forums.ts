/**
 * central-forums
 * ==============
 * "Which venues matter most in the text?" Forums, organisations and processes ranked by the PageRank stored on
 * every node (`centrality`, computed by lib/graph/layout on the undirected simple projection and loaded into Neo4j
 * as it is), so both stores rank by the same number. Ties: higher degree (relationships, any direction), then id.
 */
import { z } from 'zod';
import { isForumType } from '../../graph/schema';
import { compareText } from '../order';
import { integerField } from '../params';
import { parseRecords } from '../records';
import type { NamedQuery, QueryParameter } from '../types';
import type { QueryResult } from '../../store/types';

const NAME = 'central-forums';
export const MAX_LIMIT = 100;

const parameters: readonly QueryParameter[] = [
  {
    name: 'limit',
    type: 'integer',
    description: 'how many to list',
    required: false,
    default: 10,
    min: 1,
    max: MAX_LIMIT,
  },
];

type Params = { limit: number };

export const COLUMNS = ['rank', 'forum', 'label', 'type', 'centrality', 'degree'];

const rowSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string(),
  centrality: z.number(),
  degree: z.number(),
});
type Row = z.infer<typeof rowSchema>;

function assemble(found: Row[], limit: number): QueryResult {
  const rows = [...found]
    .sort((a, b) => b.centrality - a.centrality || b.degree - a.degree || compareText(a.id, b.id))
    .slice(0, limit);
  return {
    columns: COLUMNS,
    rows: rows.map((r, index) => [index + 1, r.id, r.label, r.type, r.centrality, r.degree]),
    nodes: rows.map((r) => r.id),
    edges: [],
    // No relationships, so none curated: every named query's answer has the list, for scripts.
    curated: [],
  };
}

export const centralForums: NamedQuery<Params> = {
  name: NAME,
  title: 'Most central forums',
  description:
    'The forums, organisations and processes ranked by PageRank centrality in the graph (ties: degree, then id).',
  parameters,
  schema: z.strictObject({ limit: integerField(1, MAX_LIMIT, 10) }),

  memory({ graph }, { limit }) {
    const found: Row[] = [];
    graph.forEachNode((id, a) => {
      if (!isForumType(a.type)) return;
      found.push({ id, label: a.label, type: a.type, centrality: a.centrality ?? 0, degree: graph.degree(id) });
    });
    return assemble(found, limit);
  },

  cypher: {
    // Ordered and cut in Cypher too, so a large graph does not ship every forum; toResult re-sorts identically.
    query: `
MATCH (f:Atlas) WHERE f.type IN ['organization', 'forum', 'process']
WITH f, coalesce(f.centrality, 0.0) AS centrality, COUNT { (f)--() } AS degree
ORDER BY centrality DESC, degree DESC, f.id ASC
LIMIT toInteger($limit)
RETURN f.id AS id, f.label AS label, f.type AS type, centrality, degree`,
    toResult(records, { limit }) {
      return assemble(parseRecords(rowSchema, records, NAME), limit);
    },
  },
};

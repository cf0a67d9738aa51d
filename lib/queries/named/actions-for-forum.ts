/**
 * actions-for-forum
 * =================
 * "Which plan-of-action items involve this forum?" The items with commitments that INVOLVE the forum (count and
 * ids), best first, then the items whose section only names the forum (commitments 0): an analyst wants both.
 * Ties: more mentions first, then document order of the item.
 */
import { z } from 'zod';
import { edgeKey } from '../../graph/ids';
import { FORUM_TYPES } from '../../graph/schema';
import { sortedUnique } from '../order';
import { idField, parameterOf, requireFoundType, requireNode } from '../params';
import { parseRecord } from '../records';
import type { NamedQuery, QueryParameter } from '../types';
import type { QueryResult } from '../../store/types';
import {
  actionItem,
  actionItemSchema,
  actionsDefinedAbove,
  commitmentStart,
  compareActions,
  foldLinks,
  type ActionItem,
  type LinkFact,
  type MentionFact,
} from './linked';

const NAME = 'actions-for-forum';

const parameters: readonly QueryParameter[] = [
  {
    name: 'forum',
    type: 'entity',
    description: 'the forum, organisation or process (its id, e.g. "arf")',
    required: true,
    nodeTypes: FORUM_TYPES,
  },
];
const forumParameter = parameterOf(parameters, 'forum');

type Params = { forum: string };

export const COLUMNS = ['action', 'label', 'commitments', 'commitmentIds', 'mentions'];

function assemble(
  forum: string,
  links: Array<LinkFact<ActionItem>>,
  mentions: Array<MentionFact<ActionItem>>,
): QueryResult {
  const rows = foldLinks(links, mentions, compareActions);
  return {
    columns: COLUMNS,
    rows: rows.map((row) => [row.item.id, row.item.label, row.commitments.length, row.commitments, row.mentions]),
    nodes: sortedUnique([forum, ...rows.flatMap((row) => [row.item.id, ...row.commitments])]),
    edges: sortedUnique(
      rows.flatMap((row) =>
        row.commitments.flatMap((c) => [edgeKey('INVOLVES', c, forum), edgeKey('UNDER', c, row.item.id)]),
      ),
    ),
  };
}

const recordSchema = z.object({
  links: z.array(actionItemSchema.extend({ commitment: z.string(), start: z.number() })),
  mentions: z.array(actionItemSchema.extend({ count: z.number() })),
});

export const actionsForForum: NamedQuery<Params> = {
  name: NAME,
  description:
    'The plan-of-action items whose commitments involve a forum (with the commitments), then the items whose section only mentions it.',
  parameters,
  schema: z.strictObject({ forum: idField() }),

  memory({ graph }, { forum }) {
    requireNode(graph, NAME, forumParameter, forum);
    const links: Array<LinkFact<ActionItem>> = [];
    const mentions: Array<MentionFact<ActionItem>> = [];
    graph.forEachInEdge(forum, (_edge, e, source) => {
      const sourceType = graph.getNodeAttribute(source, 'type');
      if (e.type === 'INVOLVES' && sourceType === 'commitment') {
        graph.forEachOutEdge(source, (_under, u, _c, action) => {
          if (u.type !== 'UNDER' || graph.getNodeAttribute(action, 'type') !== 'action') return;
          links.push({ item: actionItem(graph, action), commitment: source, start: commitmentStart(graph, source) });
        });
      } else if (e.type === 'MENTIONS' && sourceType === 'section') {
        for (const action of actionsDefinedAbove(graph, source))
          mentions.push({ item: actionItem(graph, action), count: e.count ?? 1 });
      }
    });
    return assemble(forum, links, mentions);
  },

  cypher: {
    query: `
MATCH (f:Atlas {id: $forum})
RETURN f.type AS forumType,
  [(f)<-[:INVOLVES]-(c:Commitment)-[:UNDER]->(a:Action) |
    {id: a.id, label: a.label, documentId: a.documentId, number: a.number, commitment: c.id, start: c.start}] AS links,
  [(f)<-[m:MENTIONS]-(:Section)<-[:HAS_SECTION*0..]-(:Section)-[:DEFINES]->(a:Action) |
    {id: a.id, label: a.label, documentId: a.documentId, number: a.number, count: coalesce(m.count, 1)}] AS mentions`,
    toResult(records, { forum }) {
      requireFoundType(records[0], NAME, forumParameter, forum);
      const record = parseRecord(recordSchema, records[0], NAME);
      return assemble(
        forum,
        record.links.map(({ commitment, start, ...item }) => ({ item, commitment, start })),
        record.mentions.map(({ count, ...item }) => ({ item, count })),
      );
    },
  },
};

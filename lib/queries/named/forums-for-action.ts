/**
 * forums-for-action
 * =================
 * "Which forums does this plan-of-action item involve?" The forums (organisations, forums, processes) that the
 * item's commitments INVOLVE, most commitments first, then those its section only names. Ties: more mentions
 * first, then name, then id. `curatedCommitmentIds` (last) lists the commitments linked to the forum by a curator,
 * not by their sentence: they must not be cited as naming it.
 */
import { z } from 'zod';
import { edgeKey } from '../../graph/ids';
import { isForumType } from '../../graph/schema';
import { curatedAmong, edgeBasis, edgeBasisFields, isCurated, type EdgeBasis } from '../basis';
import { sortedUnique } from '../order';
import { idField, parameterOf, requireFoundType, requireNode } from '../params';
import { parseRecord } from '../records';
import type { NamedQuery, QueryParameter } from '../types';
import type { QueryResult } from '../../store/types';
import {
  commitmentStart,
  compareForums,
  foldLinks,
  forumItem,
  forumItemSchema,
  sectionsBelow,
  type ForumItem,
  type LinkFact,
  type MentionFact,
} from './linked';

const NAME = 'forums-for-action';

const parameters: readonly QueryParameter[] = [
  {
    name: 'action',
    type: 'action',
    description: 'the plan-of-action item (its id, e.g. "action-partnership-in-cyberspace")',
    required: true,
    nodeTypes: ['action'],
  },
];
const actionParameter = parameterOf(parameters, 'action');

type Params = { action: string };

export const COLUMNS = ['forum', 'label', 'type', 'commitments', 'commitmentIds', 'mentions', 'curatedCommitmentIds'];

type ForumLink = LinkFact<ForumItem> & EdgeBasis;

function assemble(action: string, links: ForumLink[], mentions: Array<MentionFact<ForumItem>>): QueryResult {
  const rows = foldLinks(links, mentions, compareForums);
  const facts = links.map((link) => ({ ...link, key: edgeKey('INVOLVES', link.commitment, link.item.id) }));
  const curated = new Set(facts.filter(isCurated).map((fact) => fact.key));
  const edges = sortedUnique(
    rows.flatMap((row) =>
      row.commitments.flatMap((c) => [edgeKey('UNDER', c, action), edgeKey('INVOLVES', c, row.item.id)]),
    ),
  );
  return {
    columns: COLUMNS,
    rows: rows.map((row) => [
      row.item.id,
      row.item.label,
      row.item.type,
      row.commitments.length,
      row.commitments,
      row.mentions,
      row.commitments.filter((c) => curated.has(edgeKey('INVOLVES', c, row.item.id))),
    ]),
    nodes: sortedUnique([action, ...rows.flatMap((row) => [row.item.id, ...row.commitments])]),
    edges,
    curated: curatedAmong(facts, edges),
  };
}

const recordSchema = z.object({
  links: z.array(forumItemSchema.extend({ commitment: z.string(), start: z.number(), ...edgeBasisFields })),
  mentions: z.array(forumItemSchema.extend({ count: z.number() })),
});

export const forumsForAction: NamedQuery<Params> = {
  name: NAME,
  title: 'Forums for a plan-of-action item',
  description:
    'The forums, organisations and processes that a plan-of-action item’s commitments involve, then those its section only mentions.',
  parameters,
  schema: z.strictObject({ action: idField() }),

  memory({ graph }, { action }) {
    requireNode(graph, NAME, actionParameter, action);
    const links: ForumLink[] = [];
    const mentions: Array<MentionFact<ForumItem>> = [];
    graph.forEachInEdge(action, (_edge, e, commitment) => {
      if (e.type !== 'UNDER' || graph.getNodeAttribute(commitment, 'type') !== 'commitment') return;
      graph.forEachOutEdge(commitment, (involves, i, _c, forum) => {
        if (i.type !== 'INVOLVES' || !isForumType(graph.getNodeAttribute(forum, 'type'))) return;
        const start = commitmentStart(graph, commitment);
        links.push({ item: forumItem(graph, forum), commitment, start, ...edgeBasis(graph, involves) });
      });
    });
    graph.forEachInEdge(action, (_edge, e, section) => {
      if (e.type !== 'DEFINES' || graph.getNodeAttribute(section, 'type') !== 'section') return;
      for (const below of sectionsBelow(graph, section)) {
        graph.forEachOutEdge(below, (_mention, m, _s, forum) => {
          if (m.type !== 'MENTIONS' || !isForumType(graph.getNodeAttribute(forum, 'type'))) return;
          mentions.push({ item: forumItem(graph, forum), count: m.count ?? 1 });
        });
      }
    });
    return assemble(action, links, mentions);
  },

  cypher: {
    query: `
MATCH (a:Atlas {id: $action})
RETURN a.type AS actionType,
  [(a)<-[:UNDER]-(c:Commitment)-[i:INVOLVES]->(f) WHERE f.type IN ['organization', 'forum', 'process'] |
    {id: f.id, label: f.label, type: f.type, commitment: c.id, start: c.start, basis: i.basis, note: i.note}] AS links,
  [(a)<-[:DEFINES]-(:Section)-[:HAS_SECTION*0..]->(:Section)-[m:MENTIONS]->(f) WHERE f.type IN ['organization', 'forum', 'process'] |
    {id: f.id, label: f.label, type: f.type, count: coalesce(m.count, 1)}] AS mentions`,
    toResult(records, { action }) {
      requireFoundType(records[0], NAME, actionParameter, action);
      const record = parseRecord(recordSchema, records[0], NAME);
      return assemble(
        action,
        record.links.map(({ commitment, start, basis, note, ...item }) => ({ item, commitment, start, basis, note })),
        record.mentions.map(({ count, ...item }) => ({ item, count })),
      );
    },
  },
};

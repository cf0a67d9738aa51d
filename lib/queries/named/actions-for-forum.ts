/**
 * actions-for-forum
 * =================
 * "Which plan-of-action items involve this forum?" The items with commitments that INVOLVE the forum (count and
 * ids), best first, then the items whose section only names the forum (commitments 0): an analyst wants both.
 * Ties: more mentions first, then document order of the item. With `parts`, the bodies that are part of the forum
 * (PART_OF, at any depth: the General Assembly and the Human Rights Council for the UN) count as the forum, so
 * "which actions involve the UN" can mean the UN system; the subgraph then shows the PART_OF edges that say why.
 * `curatedCommitmentIds` (last, so the earlier columns keep their places) lists the commitments whose every link to
 * the forum is curated: their sentence does not name it, and they must not be cited as if it did (as on /matrix).
 */
import { z } from 'zod';
import { edgeKey } from '../../graph/ids';
import type { AtlasGraph } from '../../graph/knowledge-graph';
import { FORUM_TYPES } from '../../graph/schema';
import { curatedAmong, edgeBasis, edgeBasisFields, isCurated, type EdgeBasis, type EdgeFact } from '../basis';
import { sortedUnique } from '../order';
import { booleanField, idField, parameterOf, requireFoundType, requireNode } from '../params';
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
  {
    name: 'parts',
    type: 'boolean',
    description:
      'also count the commitments and mentions of the bodies within it, at any depth (the General Assembly or the IGF for the United Nations)',
    required: false,
    default: false,
  },
];
const forumParameter = parameterOf(parameters, 'forum');

type Params = { forum: string; parts: boolean };

export const COLUMNS = ['action', 'label', 'commitments', 'commitmentIds', 'mentions', 'curatedCommitmentIds'];

/** A commitment under an action that involves the forum or, with `parts`, a body within it (`via`), on this basis. */
type BodyLink = LinkFact<ActionItem> & EdgeBasis & { via: string };

/** A PART_OF edge among the forum and its parts, for the subgraph. */
type PartOf = EdgeBasis & { part: string; whole: string };

function assemble(
  forum: string,
  links: BodyLink[],
  mentions: Array<MentionFact<ActionItem>>,
  partOf: PartOf[],
): QueryResult {
  const rows = foldLinks(links, mentions, compareActions);
  const counted = new Set(rows.flatMap((row) => row.commitments));
  const involved = links.filter((link) => counted.has(link.commitment));
  const vias = new Set(involved.map((link) => link.via));
  // The chain from each involved body up to the forum (a part's whole is itself a part, or the forum).
  const chain = new Set<string>();
  const climb = (body: string) => {
    for (const { part, whole } of partOf) {
      if (part !== body || chain.has(edgeKey('PART_OF', part, whole))) continue;
      chain.add(edgeKey('PART_OF', part, whole));
      vias.add(whole);
      climb(whole);
    }
  };
  for (const via of [...vias]) if (via !== forum) climb(via);
  // Curated only when no link is the text's own: a sentence naming the General Assembly is the text's for the UN.
  const stated = new Set(involved.filter((link) => !isCurated(link)).map((link) => link.commitment));
  const edges = sortedUnique([
    ...involved.flatMap((link) => [
      edgeKey('INVOLVES', link.commitment, link.via),
      edgeKey('UNDER', link.commitment, link.item.id),
    ]),
    ...chain,
  ]);
  const facts: EdgeFact[] = [
    ...involved.map((link) => ({ ...link, key: edgeKey('INVOLVES', link.commitment, link.via) })),
    ...partOf.map((p) => ({ ...p, key: edgeKey('PART_OF', p.part, p.whole) })),
  ];
  return {
    columns: COLUMNS,
    rows: rows.map((row) => [
      row.item.id,
      row.item.label,
      row.commitments.length,
      row.commitments,
      row.mentions,
      row.commitments.filter((c) => !stated.has(c)),
    ]),
    nodes: sortedUnique([forum, ...vias, ...rows.flatMap((row) => [row.item.id, ...row.commitments])]),
    edges,
    curated: curatedAmong(facts, edges),
  };
}

/** The forum and, with `parts`, every body that is part of it at any depth (memory side). */
function bodiesOf(graph: AtlasGraph, forum: string, parts: boolean): { bodies: string[]; partOf: PartOf[] } {
  const bodies = [forum];
  const partOf: PartOf[] = [];
  if (!parts) return { bodies, partOf };
  for (let i = 0; i < bodies.length; i += 1) {
    graph.forEachInEdge(bodies[i]!, (_edge, e, source, target) => {
      if (e.type !== 'PART_OF') return;
      partOf.push({ part: source, whole: target, basis: e.basis, note: e.note });
      if (!bodies.includes(source)) bodies.push(source);
    });
  }
  return { bodies, partOf };
}

const recordSchema = z.object({
  links: z.array(
    actionItemSchema.extend({ commitment: z.string(), start: z.number(), via: z.string(), ...edgeBasisFields }),
  ),
  mentions: z.array(actionItemSchema.extend({ count: z.number() })),
  partOf: z.array(z.object({ part: z.string(), whole: z.string(), ...edgeBasisFields })),
});

export const actionsForForum: NamedQuery<Params> = {
  name: NAME,
  title: 'Plan-of-action items for a forum',
  description:
    'The plan-of-action items whose commitments involve a forum (with the commitments), then the items whose section only mentions it.',
  parameters,
  schema: z.strictObject({ forum: idField(), parts: booleanField(false) }),

  memory({ graph }, { forum, parts }) {
    requireNode(graph, NAME, forumParameter, forum);
    const links: BodyLink[] = [];
    const mentions: Array<MentionFact<ActionItem>> = [];
    const { bodies, partOf } = bodiesOf(graph, forum, parts);
    for (const body of bodies) {
      graph.forEachInEdge(body, (edge, e, source) => {
        const sourceType = graph.getNodeAttribute(source, 'type');
        if (e.type === 'INVOLVES' && sourceType === 'commitment') {
          graph.forEachOutEdge(source, (_under, u, _c, action) => {
            if (u.type !== 'UNDER' || graph.getNodeAttribute(action, 'type') !== 'action') return;
            const start = commitmentStart(graph, source);
            const item = actionItem(graph, action);
            links.push({ item, commitment: source, start, via: body, ...edgeBasis(graph, edge) });
          });
        } else if (e.type === 'MENTIONS' && sourceType === 'section') {
          for (const action of actionsDefinedAbove(graph, source))
            mentions.push({ item: actionItem(graph, action), count: e.count ?? 1 });
        }
      });
    }
    return assemble(forum, links, mentions, partOf);
  },

  cypher: {
    query: `
MATCH (f:Atlas {id: $forum})
WITH f, CASE WHEN $parts THEN [(f)<-[:PART_OF*1..]-(p:Atlas) | p] ELSE [] END AS below
// Each body once, however many PART_OF paths lead to it.
WITH f, reduce(bodies = [f], p IN below | CASE WHEN p IN bodies THEN bodies ELSE bodies + p END) AS bodies
RETURN f.type AS forumType,
  reduce(all = [], b IN bodies | all + [(b)<-[i:INVOLVES]-(c:Commitment)-[:UNDER]->(a:Action) |
    {id: a.id, label: a.label, documentId: a.documentId, number: a.number, commitment: c.id, start: c.start,
     via: b.id, basis: i.basis, note: i.note}]) AS links,
  reduce(all = [], b IN bodies | all + [(b)<-[m:MENTIONS]-(:Section)<-[:HAS_SECTION*0..]-(:Section)-[:DEFINES]->(a:Action) |
    {id: a.id, label: a.label, documentId: a.documentId, number: a.number, count: coalesce(m.count, 1)}]) AS mentions,
  reduce(all = [], b IN bodies | all + [(b)<-[r:PART_OF]-(p:Atlas) WHERE p IN bodies |
    {part: p.id, whole: b.id, basis: r.basis, note: r.note}]) AS partOf`,
    toResult(records, { forum }) {
      requireFoundType(records[0], NAME, forumParameter, forum);
      const record = parseRecord(recordSchema, records[0], NAME);
      return assemble(
        forum,
        record.links.map(({ commitment, start, via, basis, note, ...item }) => ({
          item,
          commitment,
          start,
          via,
          basis,
          note,
        })),
        record.mentions.map(({ count, ...item }) => ({ item, count })),
        record.partOf,
      );
    },
  },
};

/**
 * neighborhood
 * ============
 * "What surrounds this node?" Every node within `depth` steps (relationships read both ways), nearest first, ties
 * by id; and the relationships walked to reach them: those with one end nearer than `depth` (an edge between two
 * nodes on the rim is not on any walk of at most `depth` steps, so it is left out). `curated` names those that are
 * the curator's knowledge, not the text's.
 */
import { z } from 'zod';
import { edgeKey } from '../../graph/ids';
import { curatedAmong, edgeBasisFields, type EdgeBasis } from '../basis';
import { compareText, sortedUnique } from '../order';
import { idField, integerField, parameterOf, requireFoundType, requireNode } from '../params';
import { parseRecord } from '../records';
import type { NamedQuery, QueryParameter } from '../types';
import { distancesFrom } from '../walk';
import type { QueryResult } from '../../store/types';

const NAME = 'neighborhood';
export const MAX_DEPTH = 3;

const parameters: readonly QueryParameter[] = [
  { name: 'id', type: 'node', description: 'the node at the centre (any node id)', required: true },
  {
    name: 'depth',
    type: 'integer',
    description: 'how many steps out',
    required: false,
    default: 1,
    min: 1,
    max: MAX_DEPTH,
  },
];
const idParameter = parameterOf(parameters, 'id');

type Params = { id: string; depth: number };

export const COLUMNS = ['id', 'label', 'type', 'distance'];

interface BallNode {
  id: string;
  label: string;
  type: string;
  distance: number;
}

interface Relation extends EdgeBasis {
  type: string;
  source: string;
  target: string;
}

function assemble(ball: BallNode[], relations: Relation[], depth: number): QueryResult {
  const distance = new Map(ball.map((node) => [node.id, node.distance]));
  const walked = relations.filter((r) => {
    const a = distance.get(r.source);
    const b = distance.get(r.target);
    return a !== undefined && b !== undefined && Math.min(a, b) < depth;
  });
  const rows = ball
    .filter((node) => node.distance <= depth)
    .sort((a, b) => a.distance - b.distance || compareText(a.id, b.id));
  const facts = walked.map((r) => ({ ...r, key: edgeKey(r.type, r.source, r.target) }));
  const edges = sortedUnique(facts.map((fact) => fact.key));
  return {
    columns: COLUMNS,
    rows: rows.map((node) => [node.id, node.label, node.type, node.distance]),
    nodes: rows.map((node) => node.id),
    edges,
    curated: curatedAmong(facts, edges),
  };
}

const recordSchema = z.object({
  ball: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), distance: z.number() })),
  rels: z.array(z.object({ type: z.string(), source: z.string(), target: z.string(), ...edgeBasisFields })),
});

export const neighborhood: NamedQuery<Params> = {
  name: NAME,
  title: 'Neighbourhood of a node',
  description: `The nodes within 1 to ${MAX_DEPTH} steps of a node (either direction), nearest first, with the relationships between them.`,
  parameters,
  schema: z.strictObject({ id: idField(), depth: integerField(1, MAX_DEPTH, 1) }),

  memory({ graph }, { id, depth }) {
    requireNode(graph, NAME, idParameter, id);
    const distance = distancesFrom(graph, id, depth);
    const ball = [...distance].map(([node, d]) => ({
      id: node,
      label: graph.getNodeAttribute(node, 'label'),
      type: graph.getNodeAttribute(node, 'type'),
      distance: d,
    }));
    const relations: Relation[] = [];
    for (const node of distance.keys()) {
      graph.forEachOutEdge(node, (_edge, e, source, target) => {
        if (distance.has(target)) relations.push({ type: e.type, source, target, basis: e.basis, note: e.note });
      });
    }
    return assemble(ball, relations, depth);
  },

  cypher: {
    // SHORTEST 1 per end node is a breadth-first search; its bound is the largest depth (bounds cannot be
    // parameters), and the requested depth is applied to the lengths found.
    query: `
MATCH (c:Atlas {id: $id})
CALL (c) {
  MATCH p = ANY SHORTEST (c)-[]-{1,3}(n)
  WITH n, length(p) AS distance
  WHERE n <> c AND distance <= $depth
  RETURN collect(n {.id, .label, .type, distance: distance}) AS found, collect(n) AS reached
}
WITH c, found, [c] + reached AS members
CALL (members) {
  UNWIND members AS m
  MATCH (m)-[r]->(o) WHERE o IN members
  RETURN collect({type: type(r), source: m.id, target: o.id, basis: r.basis, note: r.note}) AS rels
}
RETURN c.type AS idType, [c {.id, .label, .type, distance: 0}] + found AS ball, rels`,
    toResult(records, { id, depth }) {
      requireFoundType(records[0], NAME, idParameter, id);
      const record = parseRecord(recordSchema, records[0], NAME);
      return assemble(record.ball, record.rels, depth);
    },
  },
};

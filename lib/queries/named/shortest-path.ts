/**
 * shortest-path
 * =============
 * "How are these two connected?" One shortest chain of relationships between two nodes, read in either
 * direction, at most MAX_HOPS long. Several equally short chains are common, so both stores pick the same one by
 * lib/queries/path-choice: fewest curated steps (an analyst cites each step, and the text's own chain can be cited
 * where a curator's cannot), then the smallest sequence of node ids, then the smallest edge key for each hop.
 * Memory: distances from the target, then the best chain over those layers; Cypher: allShortestPaths, then the
 * same choice in toResult. Each step says whether its relationship is the text's or curated (`basis`, then the
 * curator's `note`: last, so the earlier columns keep their places).
 */
import { z } from 'zod';
import { curatedAmong, edgeBasisFields, type EdgeFact } from '../basis';
import { bestShortestChain, compareChains } from '../path-choice';
import { idField, parameterOf, requireFoundType, requireNode } from '../params';
import { parseRecord } from '../records';
import type { NamedQuery, QueryParameter } from '../types';
import { distancesFrom } from '../walk';
import type { QueryResult } from '../../store/types';
import { edgeKey } from '../../graph/ids';

const NAME = 'shortest-path';
/** The Cypher pattern's bound (`*..15`) says the same: variable-length bounds cannot be parameters. */
export const MAX_HOPS = 15;

const parameters: readonly QueryParameter[] = [
  { name: 'from', type: 'node', description: 'where the path starts (any node id)', required: true },
  { name: 'to', type: 'node', description: 'where the path ends (any node id, not the start)', required: true },
];
const fromParameter = parameterOf(parameters, 'from');
const toParameter = parameterOf(parameters, 'to');

type Params = { from: string; to: string };

export const COLUMNS = ['step', 'id', 'label', 'type', 'edge', 'basis', 'note'];

interface PathNode {
  id: string;
  label: string;
  type: string;
}

/** `steps`: the relationship of each hop, with its basis. */
function assemble(path: PathNode[], steps: EdgeFact[]): QueryResult {
  const edges = steps.map((fact) => fact.key);
  return {
    columns: COLUMNS,
    rows: path.map((node, step) => {
      const fact = step === 0 ? undefined : steps[step - 1];
      // null, not undefined, where there is nothing: the memory graph has no note where Neo4j answers null.
      return [step, node.id, node.label, node.type, fact?.key ?? null, fact?.basis ?? null, fact?.note ?? null];
    }),
    nodes: path.map((node) => node.id),
    edges,
    curated: curatedAmong(steps, edges),
  };
}

const nodeSchema = z.object({ id: z.string(), label: z.string(), type: z.string() });
const recordSchema = z.object({
  paths: z.array(
    z.object({
      nodes: z.array(nodeSchema),
      rels: z.array(z.object({ type: z.string(), source: z.string(), target: z.string(), ...edgeBasisFields })),
    }),
  ),
});

export const shortestPath: NamedQuery<Params> = {
  name: NAME,
  title: 'Shortest path between two nodes',
  description: `One shortest chain of relationships (either direction, at most ${MAX_HOPS} steps) between two nodes: of equally short chains, the one with the fewest curated steps, so the text's own is answered where it is as short; the same chain on every backend.`,
  parameters,
  schema: z.strictObject({ from: idField(), to: idField() }).refine((p) => p.from !== p.to, {
    path: ['to'],
    message: 'must differ from "from"',
  }),

  memory({ graph }, { from, to }) {
    requireNode(graph, NAME, fromParameter, from);
    requireNode(graph, NAME, toParameter, to);
    const distance = distancesFrom(graph, to, MAX_HOPS);
    if (!distance.has(from)) return assemble([], []);
    const { ids, steps } = bestShortestChain(graph, from, distance);
    return assemble(
      ids.map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), type: graph.getNodeAttribute(id, 'type') })),
      steps,
    );
  },

  cypher: {
    query: `
OPTIONAL MATCH (a:Atlas {id: $from})
OPTIONAL MATCH (b:Atlas {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[*..15]-(b))
  RETURN collect({
    nodes: [n IN nodes(p) | n {.id, .label, .type}],
    rels: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, basis: r.basis,
      note: r.note}]
  }) AS paths
}
RETURN a.type AS fromType, b.type AS toType, paths`,
    toResult(records, { from, to }) {
      requireFoundType(records[0], NAME, fromParameter, from);
      requireFoundType(records[0], NAME, toParameter, to);
      const candidates = parseRecord(recordSchema, records[0], NAME).paths.map((path) => ({
        nodes: path.nodes,
        ids: path.nodes.map((n) => n.id),
        steps: path.rels.map((r) => ({ key: edgeKey(r.type, r.source, r.target), basis: r.basis, note: r.note })),
      }));
      const best = candidates.sort(compareChains)[0];
      return best ? assemble(best.nodes, best.steps) : assemble([], []);
    },
  },
};

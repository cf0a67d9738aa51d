/**
 * Choosing among shortest paths
 * =============================
 * Two nodes are often joined by several equally short chains, and some run through a curator's knowledge ("China
 * is a member of BRICS") where another runs through the text alone ("… member states of SCO and BRICS"). An analyst
 * must cite each step, so both stores pick the same chain by one order: fewest curated steps first, then the
 * smallest sequence of node ids, then the smallest edge keys (between two nodes, a relationship of the text before
 * a curated one, then the smallest key). Memory walks the shortest-path layers once; Cypher sorts its candidates.
 */
import type { AtlasGraph } from '../graph/knowledge-graph';
import { edgeBasis, isCurated, type EdgeFact } from './basis';
import { compareLists, compareText } from './order';

/** A chain from some node to the target: its node ids (the node first) and the relationship of each hop. */
export interface Chain {
  ids: string[];
  steps: EdgeFact[];
}

const curatedSteps = (chain: Chain) => chain.steps.filter(isCurated).length;

/** The order described above; the smaller chain is the one both stores answer. */
export function compareChains(a: Chain, b: Chain): number {
  return (
    curatedSteps(a) - curatedSteps(b) ||
    compareLists(a.ids, b.ids) ||
    compareLists(
      a.steps.map((step) => step.key),
      b.steps.map((step) => step.key),
    )
  );
}

/** The relationship a hop between a and b takes: the text's before a curator's, then the smallest key. */
export function hopBetween(graph: AtlasGraph, a: string, b: string): EdgeFact {
  const facts = [...graph.edges(a, b), ...graph.edges(b, a)].map((key) => ({ key, ...edgeBasis(graph, key) }));
  facts.sort((x, y) => Number(isCurated(x)) - Number(isCurated(y)) || compareText(x.key, y.key));
  // Called only for neighbours, so there is at least one relationship.
  return facts[0] as EdgeFact;
}

/**
 * The chain `compareChains` puts first among the shortest from `from` to the node `distance` was measured from
 * (its hop distances, relationships read both ways). Each node's best chain onwards is found once: the best chain
 * through a neighbour continues with that neighbour's own best, as fewer curated steps and a smaller rest of the
 * sequence can only keep it ahead.
 */
export function bestShortestChain(graph: AtlasGraph, from: string, distance: ReadonlyMap<string, number>): Chain {
  const best = new Map<string, Chain>();
  const chainFrom = (node: string): Chain => {
    const known = best.get(node);
    if (known) return known;
    const remaining = distance.get(node) as number;
    let chosen: Chain = { ids: [node], steps: [] };
    if (remaining > 0) {
      let found: Chain | undefined;
      graph.forEachNeighbor(node, (neighbor) => {
        if (distance.get(neighbor) !== remaining - 1) return;
        const rest = chainFrom(neighbor);
        const candidate = { ids: [node, ...rest.ids], steps: [hopBetween(graph, node, neighbor), ...rest.steps] };
        if (found === undefined || compareChains(candidate, found) < 0) found = candidate;
      });
      // A neighbour one step closer always exists: the distances came from a search out of the target.
      chosen = found as Chain;
    }
    best.set(node, chosen);
    return chosen;
  };
  return chainFrom(from);
}

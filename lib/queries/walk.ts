/**
 * Undirected walks
 * ================
 * Breadth-first distances over the knowledge graph with every relationship read both ways (a question like "how
 * is ARF connected to ICANN?" does not care who MAKES or INVOLVES whom), and the smallest edge key between two
 * nodes, the tie-break both stores use when several relationships join the same pair.
 */
import type { AtlasGraph } from '../graph/knowledge-graph';
import { compareText } from './order';

/** Hop distance from `start` to every node within `maxHops`, `start` included at 0. */
export function distancesFrom(graph: AtlasGraph, start: string, maxHops: number): Map<string, number> {
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (distance.has(neighbor)) return;
        distance.set(neighbor, hops);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return distance;
}

/** The smallest key (code-point order) among the edges joining a and b in either direction. */
export function smallestEdgeBetween(graph: AtlasGraph, a: string, b: string): string | undefined {
  const keys = [...graph.edges(a, b), ...graph.edges(b, a)];
  return keys.sort(compareText)[0];
}

/**
 * Undirected walks
 * ================
 * Breadth-first distances over the knowledge graph with every relationship read both ways (a question like "how
 * is ARF connected to ICANN?" does not care who MAKES or INVOLVES whom). Which of several equally short chains a
 * question answers is lib/queries/path-choice's to say.
 */
import type { AtlasGraph } from '../graph/knowledge-graph';

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

/**
 * Neighbour order
 * ===============
 * The order both stores give a node's neighbours in (GET /api/nodes/:id): by relationship, direction, then id, so
 * the two backends answer identically (the contract suite compares them).
 */
import type { Neighbor } from './types';

export function sortNeighbors(neighbors: Neighbor[]): Neighbor[] {
  return neighbors.sort(
    (a, b) =>
      a.relation.localeCompare(b.relation) || a.direction.localeCompare(b.direction) || a.id.localeCompare(b.id),
  );
}

/**
 * Neighbour order
 * ===============
 * The order both stores give a node's neighbours in (GET /api/nodes/:id): by relationship, direction, then id, so
 * the two backends answer identically (the contract suite compares them).
 */
import { compareText } from '../queries/order';
import type { Neighbor } from './types';

/** In code-point order (lib/queries/order): the machine's locale must not reorder an answer. */
export function sortNeighbors(neighbors: Neighbor[]): Neighbor[] {
  return neighbors.sort(
    (a, b) => compareText(a.relation, b.relation) || compareText(a.direction, b.direction) || compareText(a.id, b.id),
  );
}

/**
 * Forum × action matrix
 * =====================
 * Assembles the matrix from (action, forum, commitment) links, whichever store found them: actions in document
 * order, forums by name, one cell per pair with its commitments in text order.
 */
import type { MatrixView, SearchResult } from '../store/types';

export interface MatrixLink {
  action: string;
  forum: string;
  commitment: string;
  /** Position of the commitment in its document, to list a cell's commitments in reading order. */
  start: number;
  /** The INVOLVES edge is curated (basis "curated"), not stated by the sentence. */
  curated: boolean;
}

export function assembleMatrix(
  actions: Array<{ id: string; label: string; documentId: string; number: number }>,
  forums: SearchResult[],
  links: MatrixLink[],
): MatrixView {
  type Entry = { id: string; start: number; curated: boolean };
  const cells = new Map<string, { action: string; forum: string; commitments: Entry[] }>();
  for (const link of links) {
    const key = `${link.action}\u0000${link.forum}`;
    const cell = cells.get(key) ?? { action: link.action, forum: link.forum, commitments: [] };
    if (!cell.commitments.some((c) => c.id === link.commitment))
      cell.commitments.push({ id: link.commitment, start: link.start, curated: link.curated });
    cells.set(key, cell);
  }
  const actionOrder = [...actions].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.number - b.number);
  const position = new Map(actionOrder.map((action, index) => [action.id, index]));
  return {
    actions: actionOrder.map(({ id, label }) => ({ id, label })),
    forums: [...forums]
      .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id))
      .map(({ id, label, type, aliases }) => ({ id, label, type, aliases: [...aliases].sort() })),
    cells: [...cells.values()]
      .sort((a, b) => (position.get(a.action) ?? 0) - (position.get(b.action) ?? 0) || a.forum.localeCompare(b.forum))
      .map((cell) => {
        const commitments = cell.commitments.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
        return {
          action: cell.action,
          forum: cell.forum,
          commitments: commitments.map((c) => c.id),
          curated: commitments.filter((c) => c.curated).map((c) => c.id),
        };
      }),
  };
}

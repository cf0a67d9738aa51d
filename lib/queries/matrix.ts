/**
 * Forum × action matrix
 * =====================
 * Assembles the matrix from (action, forum, commitment) links, whichever store found them: actions in document
 * order (by the documents' dates, then their plans' numbers), forums by name, one cell per pair with its commitments in text order. With `parts`, a link may reach the
 * forum through a body within it (the IGF for the UN): a commitment still counts once per cell, and the cell says
 * which bodies it was counted through, since its sentence need not name the forum at all.
 */
import { z } from 'zod';
import type { MatrixCell, MatrixOptions, MatrixView, SearchResult } from '../store/types';
import { compareDocuments } from '../graph/document-order';
import { compareLabels, compareText } from './order';
import { booleanField } from './params';

/** GET /api/matrix's parameters. Strict: a misspelt `parts` must not answer as if it had not been asked. */
export const matrixParamsSchema = z.strictObject({ parts: booleanField(false) });

export interface MatrixLink {
  action: string;
  forum: string;
  commitment: string;
  /** Position of the commitment in its document, to list a cell's commitments in reading order. */
  start: number;
  /** The INVOLVES edge is curated (basis "curated"), not stated by the sentence. */
  curated: boolean;
  /** The body the commitment INVOLVES: the forum itself, or (with `parts`) a body PART_OF it at any depth. */
  via: string;
}

type Entry = { id: string; start: number; links: Array<{ via: string; curated: boolean }> };

/** One cell's answer from its commitments and the links that brought each one in. */
function cellOf(action: string, forum: string, entries: Entry[], parts: boolean): MatrixCell {
  const commitments = entries.sort((a, b) => a.start - b.start || compareText(a.id, b.id));
  const cell: MatrixCell = {
    action,
    forum,
    commitments: commitments.map((c) => c.id),
    // Curated only when no link is the text's own: a sentence naming the General Assembly is the text's for the UN.
    curated: commitments.filter((c) => c.links.every((link) => link.curated)).map((c) => c.id),
  };
  if (!parts) return cell;
  cell.via = commitments
    // A sentence that names the forum itself needs no "via"; one linked to it only by curation still does.
    .filter((c) => !c.links.some((link) => link.via === forum && !link.curated))
    .map((c) => ({
      commitment: c.id,
      parts: [...new Set(c.links.map((link) => link.via).filter((via) => via !== forum))].sort(),
    }))
    .filter((via) => via.parts.length > 0);
  return cell;
}

export function assembleMatrix(
  actions: Array<{ id: string; label: string; documentId: string; documentDate: string; number: number }>,
  forums: SearchResult[],
  links: MatrixLink[],
  { parts = false }: MatrixOptions = {},
): MatrixView {
  const cells = new Map<string, { action: string; forum: string; commitments: Map<string, Entry> }>();
  for (const link of links) {
    const key = `${link.action}\u0000${link.forum}`;
    const cell = cells.get(key) ?? { action: link.action, forum: link.forum, commitments: new Map() };
    const entry = cell.commitments.get(link.commitment) ?? { id: link.commitment, start: link.start, links: [] };
    entry.links.push({ via: link.via, curated: link.curated });
    cell.commitments.set(link.commitment, entry);
    cells.set(key, cell);
  }
  const actionOrder = [...actions].sort(
    (a, b) =>
      compareDocuments({ id: a.documentId, date: a.documentDate }, { id: b.documentId, date: b.documentDate }) ||
      a.number - b.number,
  );
  const position = new Map(actionOrder.map((action, index) => [action.id, index]));
  return {
    // Each item says its document: with several loaded, the columns of one document's plan and another's mix.
    actions: actionOrder.map(({ id, label, documentId }) => ({ id, label, documentId })),
    forums: [...forums]
      .sort(compareLabels)
      .map(({ id, label, type, aliases }) => ({ id, label, type, aliases: [...aliases].sort(compareText) })),
    cells: [...cells.values()]
      .sort((a, b) => (position.get(a.action) ?? 0) - (position.get(b.action) ?? 0) || compareText(a.forum, b.forum))
      .map((cell) => cellOf(cell.action, cell.forum, [...cell.commitments.values()], parts)),
  };
}

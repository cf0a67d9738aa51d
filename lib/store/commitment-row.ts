/**
 * Commitment rows
 * ===============
 * What GET /api/commitments lists, built the same way by both stores.
 */
import type { CommitmentRow } from './types';

/**
 * A commitment row with its keys in one order, whatever each store read them in (a Cypher map projection orders
 * them its own way): both backends' JSON is then the same, byte for byte.
 */
export function commitmentRow(
  c: Omit<CommitmentRow, 'actionId' | 'involves' | 'curatedInvolves'>,
  links: Pick<CommitmentRow, 'actionId' | 'involves' | 'curatedInvolves'>,
): CommitmentRow {
  return {
    id: c.id,
    text: c.text,
    modality: c.modality,
    modalities: c.modalities,
    kind: c.kind,
    subject: c.subject,
    documentId: c.documentId,
    sectionId: c.sectionId,
    actionId: links.actionId,
    start: c.start,
    end: c.end,
    involves: links.involves,
    curatedInvolves: links.curatedInvolves,
  };
}

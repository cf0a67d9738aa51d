/**
 * Curator prose
 * =============
 * Notes, reasons and descriptions: short text a curator writes and the explorer shows beside a fact. Each has a
 * ceiling well above any real one (the longest note today is under 300 characters), so that a pasted chapter or a
 * runaway multi-line string is refused with its field named instead of filling the Details panel and every export.
 */
import { z } from 'zod';

/** A note or a reason: a sentence or two saying why. */
export const NOTE_MAX_LENGTH = 2000;
/** A description: a short paragraph saying what an entity is. */
export const DESCRIPTION_MAX_LENGTH = 4000;

/** Trimmed, non-empty prose of at most `max` characters; `what` names it in the message ("a note"). */
export function proseSchema(what: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(max, {
      error: (issue) =>
        `${what} is at most ${max} characters (this one has ${String((issue.input as string).length)}): a short text, not a passage`,
    });
}

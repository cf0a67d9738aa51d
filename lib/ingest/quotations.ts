/**
 * Quoted speech
 * =============
 * Finds the passages a document quotes rather than states: a paragraph followed by an attribution line, a paragraph
 * that opens with a dash ("-Remarks by H.E. Xi Jinping, President of the People's Republic of China, 2015/12/16",
 * "— Jane Doe"). The words of the paragraph are the speaker's: the first person the attribution names, else the
 * first actor it names. An attribution that names nobody is not one (nothing to attribute the words to).
 */
import { ACTOR_TYPES, type EntityType } from '../graph/schema';
import type { Mention } from './mentions';

export interface Quotation {
  /** The quoted paragraph's range in the text. */
  start: number;
  end: number;
  /** The attribution line as written, without its dash. */
  attribution: string;
  attributionStart: number;
  attributionEnd: number;
  /** Gazetteer id of the speaker. */
  speakerId: string;
}

/**
 * A dash that opens an attribution: an en, em or horizontal-bar dash, or a hyphen right against the word it opens
 * ("-Remarks by …"). A hyphen and a space ("- item") opens a Markdown list item, never an attribution.
 */
const ATTRIBUTION = /^(?:[–—―]\s*|-(?=\S))(?=[^\s-])/u;

/** An attribution is one short line: a name, a title, an occasion, a date. */
const MAX_ATTRIBUTION_LENGTH = 300;

const ACTORS: readonly string[] = ACTOR_TYPES;

/**
 * The quotations of a document's text. `typeOf` gives a gazetteer entity's type; `mentions` are the document's
 * (suppressions applied), in text order.
 */
export function findQuotations(
  text: string,
  mentions: readonly Mention[],
  typeOf: (entityId: string) => EntityType | string | undefined,
): Quotation[] {
  const quotations: Quotation[] = [];
  let previous: { start: number; end: number } | undefined;
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    const start = paragraph.index;
    const end = start + paragraph[0].trimEnd().length;
    const body = paragraph[0].trimEnd();
    // A heading ends what a quotation could follow.
    if (/^#{1,6}\s/.test(body)) {
      previous = undefined;
      continue;
    }
    const dash = ATTRIBUTION.exec(body);
    if (dash && previous && !body.includes('\n') && body.length <= MAX_ATTRIBUTION_LENGTH) {
      const named = mentions.filter((m) => m.start >= start && m.end <= end);
      const speaker =
        named.find((m) => typeOf(m.entityId) === 'person') ??
        named.find((m) => ACTORS.includes(typeOf(m.entityId) ?? ''));
      if (speaker) {
        const attributionStart = start + dash[0].length;
        quotations.push({
          start: previous.start,
          end: previous.end,
          attribution: text.slice(attributionStart, end),
          attributionStart,
          attributionEnd: end,
          speakerId: speaker.entityId,
        });
        // The attribution closes the quotation: the next paragraph is the document's own again.
        previous = undefined;
        continue;
      }
    }
    previous = { start, end };
  }
  return quotations;
}

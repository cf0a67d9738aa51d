/**
 * Whole words for a selection
 * ===========================
 * A reader's drag rarely starts and ends exactly between words, and a citation that quotes “ritical Internet
 * resources … instit” misquotes the document. The citation bar extends a selection that starts or ends inside a
 * word to that word's edges, so the quote holds whole words only.
 *
 * Words are the language's own (Intl.Segmenter, Unicode word boundaries): "China's" is one word, and a Chinese text
 * snaps to its words rather than to a whole run of characters without spaces, as a letters-only pattern would.
 * Only a window around each edge is segmented, so selecting the whole document costs no more than a word.
 */

/** The selection split at its edges, each part as the reader's text has it (without the reader's link glyphs). */
export interface SelectionParts {
  /** The block's text before the selection (from the start of the block the selection starts in). */
  before: string;
  selected: string;
  /** The block's text after the selection (to the end of the block it ends in). */
  after: string;
}

/** How much text either side of an edge is segmented: longer than any word, short enough to cost nothing. */
const WINDOW = 64;

/** Characters a word overhanging the edge adds on its own side: the edge at `at` in `text` lies inside that word. */
function overhang(text: string, at: number, locale: string | undefined): { left: number; right: number } {
  const from = Math.max(0, at - WINDOW);
  const windowed = text.slice(from, at + WINDOW);
  const local = at - from;
  // The segment holding the character right after the edge; the edge is inside it when the segment began before.
  const segment = new Intl.Segmenter(locale, { granularity: 'word' }).segment(windowed).containing(local);
  if (!segment || !segment.isWordLike || segment.index >= local) return { left: 0, right: 0 };
  return { left: local - segment.index, right: segment.index + segment.segment.length - local };
}

/**
 * The selected text with the words cut at either edge made whole: "ritical … instit" in "critical … institutions"
 * gives "critical … institutions". An edge between words, or at a block's start or end, stays where it is;
 * `locale` (the document's language) picks the word rules.
 */
export function snapToWords({ before, selected, after }: SelectionParts, locale?: string): string {
  if (selected === '') return selected;
  // Each edge is looked at with only its own side's neighbour: the other edge cannot move it.
  const start = overhang(before + selected.slice(0, WINDOW), before.length, locale);
  const end = overhang(selected.slice(-WINDOW) + after, Math.min(selected.length, WINDOW), locale);
  const lead = start.left > 0 ? before.slice(before.length - start.left) : '';
  const trail = end.right > 0 ? after.slice(0, end.right) : '';
  return lead + selected + trail;
}

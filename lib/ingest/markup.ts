/**
 * Inline Markdown
 * ===============
 * Real documents arrive with inline Markdown in their sentences: "**We will** …", "_The Government will_ …", "the
 * [European Union](https://europa.eu/)", "`code`", "> " before a quoted line, "[^1]" after a sentence. Quotes keep it
 * (they are the text as written), but the rules must not read it: a link's address named "nordvia" was a mention of
 * Nordvia, and "**We will**" was no commitment, as "**We" is no subject. This module finds the syntax, and gives a
 * view of the text with it blanked (same length, so offsets hold) or removed (with a map back to the text).
 */

/** Address and title of a link or image, after its label: "](https://… "title")". */
const LINK_TARGET = /\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g;
/** "<https://…>" and a bare address: words in them name no one. */
const AUTOLINK = /<(?:https?|mailto):[^\s<>]*>|\bhttps?:\/\/[^\s<>()]*[^\s<>().,;:!?'"’”]/g;
/** A Markdown footnote reference, "[^1]", "[^note]" (also read by ./sentences.ts, which keeps it with its sentence). */
export const FOOTNOTE_REFERENCE = String.raw`\[\^[^\]\s]{1,30}\]`;
/** "> " opening a line of a block quote (nested: "> > "); ./sentences.ts blanks it too, so no sentence opens with it. */
export const QUOTE_MARKER = String.raw`^[ \t]{0,3}(?:>[ \t]?)+`;
/** A footnote reference or the label opening a footnote's text "[^note]:". */
const FOOTNOTE = new RegExp(`${FOOTNOTE_REFERENCE}(?::)?`, 'g');
const QUOTE_MARKERS = new RegExp(QUOTE_MARKER, 'gm');
/**
 * A run of emphasis marks at a word's edge: "**We", "will**", "_The", "Government_", and backticks. A "* " list
 * marker and an "_" inside a word ("snake_case") are not: the run must touch a word on one side and not on the other.
 */
const EMPHASIS =
  /(?<![\p{L}\p{N}*_`])[*_`]+(?=[\p{L}\p{N}"“‘'(\[])|(?<=[\p{L}\p{N}.,;:!?"”’')\]])[*_`]+(?![\p{L}\p{N}*_`])/gu;

/** The ranges of inline syntax in `text`, sorted, not overlapping. */
export function markupRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const add = (pattern: RegExp, keepFirst = 0) => {
    for (const match of text.matchAll(pattern)) {
      const start = (match.index as number) + keepFirst;
      if (match[0].length > keepFirst) ranges.push({ start, end: (match.index as number) + match[0].length });
    }
  };
  add(LINK_TARGET);
  add(AUTOLINK);
  add(FOOTNOTE);
  add(QUOTE_MARKERS);
  add(EMPHASIS);
  // A link's label brackets: "[" before a label whose "](" was found.
  for (const target of [...text.matchAll(LINK_TARGET)]) {
    const open = text.lastIndexOf('[', target.index as number);
    const newline = text.lastIndexOf('\n', target.index as number);
    if (open > newline) ranges.push({ start: open - (text[open - 1] === '!' ? 1 : 0), end: open + 1 });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `text` with its inline syntax turned to spaces: the same length, so an offset in it is one in `text`. */
export function blankMarkup(text: string): string {
  let blanked = '';
  let at = 0;
  for (const range of markupRanges(text)) {
    blanked += text.slice(at, range.start) + ' '.repeat(range.end - range.start);
    at = range.end;
  }
  return blanked + text.slice(at);
}

/**
 * `text` without its inline syntax ("**We will** expand" → "We will expand"), trimmed, with the way back: `startIn(i)`
 * is the offset in `text` of the plain text's character `i`, `endIn(i)` the offset just past its character `i - 1`.
 */
export function plainText(text: string): {
  plain: string;
  startIn: (offset: number) => number;
  endIn: (offset: number) => number;
} {
  const kept: number[] = [];
  let at = 0;
  for (const range of [...markupRanges(text), { start: text.length, end: text.length }]) {
    for (; at < range.start; at++) kept.push(at);
    at = range.end;
  }
  const untrimmed = kept.map((index) => text[index]).join('');
  const lead = untrimmed.length - untrimmed.trimStart().length;
  return {
    plain: untrimmed.trim(),
    startIn: (offset) => kept[offset + lead] ?? text.length,
    endIn: (offset) => (offset + lead > 0 ? (kept[offset + lead - 1] as number) + 1 : 0),
  };
}

/**
 * Sentence splitting
 * ==================
 * Splits the body text of each section into sentences with offsets, using the platform's ICU sentence segmenter
 * and re-joining its known misses after abbreviations ("H.E. Xi Jinping", "the U.N. Charter", "No. 5") and footnote
 * markers ("… resilience.¹", "… it.[12]"). Headings are not sentences.
 */
import { FOOTNOTE_REFERENCE, QUOTE_MARKER } from './markup';
import type { SourceDocument, SourceSection } from './source';

export interface Sentence {
  /** The deepest section that holds the sentence. */
  sectionId: string;
  /** 1-based position of the sentence within that section: part of commitment ids, so they survive rule changes. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Abbreviations after which ICU breaks although the sentence goes on, whatever follows: a title before a name,
 * written capitalised ("Dr. Smith"; so "no." or "art." ending a sentence is not one), and Latin abbreviations that
 * introduce what follows ("e.g. Russia").
 */
const BEFORE_ANYTHING = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Gen|Amb|[Ee]\.g|[Ii]\.e|cf|viz)\.$/;

/**
 * An initialism with dots ("H.E. Xi Jinping", "the U.N. Charter", "U.S. Government"): it names something, so a
 * capitalised word after it is most often the rest of the name, unless that word opens a sentence.
 */
const INITIALISM = /(?:^|[\s("'“‘])(?:\p{Lu}\.){2,}$/u;

/**
 * Words that open a sentence: after an initialism they show that it ended one ("… in the U.N. It will …"). "etc."
 * is in no list: ICU breaks after it only before a capital, which there begins the next sentence ("…, institutes,
 * etc. It will act.").
 */
const SENTENCE_OPENER =
  /^(?:The|This|That|These|Those|It|Its|They|We|He|She|There|In|On|At|As|For|With|While|But|And|However|Moreover|A|An)\b/;

/** Abbreviations that stand before a number ("No. 5", "Art. 51", "pp. 3–4"): they end no sentence only there. */
const BEFORE_NUMBER = /(?:^|[\s(])(?:No|Nos|Art|para|paras|vol|pp|approx)\.$/i;

/** Whether ICU's break between `before` and `after` falls after an abbreviation within one sentence. */
function continues(before: string, after: string): boolean {
  if (BEFORE_NUMBER.test(before)) return /^\d/.test(after);
  if (INITIALISM.test(before)) return !SENTENCE_OPENER.test(after);
  return BEFORE_ANYTHING.test(before);
}

/** Superscript digits, "[12]", or a Markdown "[^1]" (not a footnote text's own "[^1]:" label). */
const FOOTNOTE_MARKER = new RegExp(
  String.raw`^(?:[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+|\[\d{1,3}\]|${FOOTNOTE_REFERENCE}(?!:))`,
  'u',
);

/**
 * A footnote marker after a sentence's full stop ("… than ever.¹ Our …", "… it.[12] The …"): ICU breaks before it
 * (or inside the brackets, "it.[" | "12]"), so it opened the next sentence ("¹ Our adversaries …"), hid that
 * sentence's subject from the rules and left "12]" as a sentence of its own. It belongs to the sentence it annotates.
 * Returns the marker's length at the start of `after`, or 0.
 */
export function footnoteMarkerLength(before: string, after: string): number {
  // "[^1]", "[^note]": a Markdown footnote reference, as real documents converted to Markdown write them.
  const marker = FOOTNOTE_MARKER.exec(after);
  if (marker) return marker[0].length;
  // "it.[" | "12]" (or "^1]"): the opening bracket stayed with the sentence before.
  const closing = before.endsWith('[') ? /^(?:\d{1,3}|\^[^\]\s]{1,30})\]/.exec(after) : null;
  return closing ? closing[0].length : 0;
}

const segmenter = new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' });

/** Sentences of a range of text (paragraphs are split on blank lines first; a heading line is skipped). */
export function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const paragraph = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  paragraph.lastIndex = start;
  for (let match = paragraph.exec(text); match && match.index < end; match = paragraph.exec(text)) {
    const paragraphText = match[0].slice(0, Math.max(0, end - match.index));
    if (/^#{1,6}\s/.test(paragraphText)) continue;
    let previous: { start: number; end: number } | undefined;
    for (const segment of segmenter.segment(segmentationView(paragraphText))) {
      const leading = segment.segment.length - segment.segment.trimStart().length;
      let body = segment.segment.trim();
      if (!body) continue;
      const span = {
        start: match.index + segment.index + leading,
        end: match.index + segment.index + leading + body.length,
      };
      const note = previous ? footnoteMarkerLength(text.slice(previous.start, previous.end), body) : 0;
      if (previous && note > 0) {
        previous.end = span.start + note;
        const rest = body.slice(note);
        body = rest.trimStart();
        if (!body) continue;
        span.start += note + rest.length - body.length;
      }
      if (previous && continues(text.slice(previous.start, previous.end), body)) {
        previous.end = span.end;
      } else {
        spans.push(span);
        previous = span;
      }
    }
  }
  return withListsJoined(text, spans);
}

/**
 * A list item's marker: "- ", "* ", "• ", "1. ", "2) ", "(a) ", "(1) ", roman "i) ", "(iv) ", "ii. "; and the label
 * opening a footnote's text, "[^1]: ", which is no more part of its sentence.
 */
const MARKER = String.raw`(?:[-*+•]|\d{1,3}[.)]|\(?(?:[a-z]|[ivxlc]{1,6}|\d{1,3})\)|[ivxlc]{1,6}\.|${FOOTNOTE_REFERENCE}:)`;
const ITEM_MARKER = new RegExp(`^${MARKER}[ \t]+`);
const MARKER_ONLY = new RegExp(`^${MARKER}$`);
/** A line that opens a block of its own: a list item, a footnote's text, a table row. */
const BLOCK_LINE = new RegExp(String.raw`^[ \t]*(?:${MARKER}[ \t]|\|)`);
const QUOTE_AT_LINE_START = new RegExp(QUOTE_MARKER);

/**
 * The paragraph as the segmenter is to read it, of the same length: ICU ends a sentence at every line break, so a
 * hard-wrapped paragraph ("… Since then, the\nMinistry … has coordinated\nthe national response …") was cut at each
 * line. A line break goes on the sentence unless the next line opens a block of its own (a list item, a table row) or
 * the line is a table row; a block quote's "> " markers are blanked, so that no sentence opens with one.
 */
function segmentationView(paragraph: string): string {
  const lines = paragraph.split('\n').map((line) => {
    const quote = QUOTE_AT_LINE_START.exec(line)?.[0].length ?? 0;
    return ' '.repeat(quote) + line.slice(quote);
  });
  return lines.reduce((view, line, index) => {
    const before = lines[index - 1] as string;
    const hard = BLOCK_LINE.test(line) || /^[ \t]*\|/.test(before);
    return `${view}${hard ? '\n' : ' '}${line}`;
  });
}
/** A list item that goes on a sentence: its marker, then a lower-case word ("- work with the UN;"). */
const CONTINUING_ITEM = new RegExp(`${ITEM_MARKER.source}\\p{Ll}`, 'u');

/**
 * "China will:" and the items after it ("- work with the UN;", "- support the IGF.") are one sentence, as in prose:
 * the lead-in holds the subject and the verb, each item the rest, so apart they were a commitment with no content
 * and fragments with no subject. An item that opens with a capital ("- China will …") stands on its own.
 */
function withListsJoined(text: string, spans: Array<{ start: number; end: number }>) {
  const joined: Array<{ start: number; end: number }> = [];
  let lead: { start: number; end: number } | undefined;
  for (const span of spans) {
    // ICU cuts "1. It will act." after "1.": a marker alone is no sentence; nor is a table's rule "| --- |", a
    // divider "***" or a heading's closing "#": no word.
    const spanText = text.slice(span.start, span.end);
    if (MARKER_ONLY.test(spanText) || !/[\p{L}\p{N}]/u.test(spanText)) continue;
    const between = lead ? text.slice(lead.end, span.start) : '';
    const item = CONTINUING_ITEM.test(text.slice(span.start, span.end));
    if (lead && item && /^[ \t]*\n(?:[ \t]*\n)?[ \t]*$/.test(between)) {
      lead.end = span.end;
      continue;
    }
    // An item on its own is a sentence without its marker: "- China will …" is China's commitment.
    const marker = ITEM_MARKER.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
    const sentence =
      marker > 0 && marker < span.end - span.start ? { start: span.start + marker, end: span.end } : span;
    joined.push(sentence);
    lead = text.charAt(sentence.end - 1) === ':' ? sentence : undefined;
  }
  return joined;
}

/** Every sentence of the document, attributed to the deepest section that holds it. */
export function documentSentences(doc: SourceDocument): Sentence[] {
  const sentences: Sentence[] = [];
  const bySection = new Map<string, number>();
  for (const section of doc.sections) {
    // Only the section's own text: from its heading to its first subsection.
    const firstChild = doc.sections.find((other) => other.parentId === section.id);
    const ownEnd = firstChild ? firstChild.start : section.end;
    // From the heading's line end: "# Chapter 1. General #" closes with hashes that are no sentence.
    const lineEnd = doc.text.indexOf('\n', section.headingEnd);
    const bodyStart = lineEnd < 0 ? section.end : Math.min(lineEnd, ownEnd);
    for (const span of splitSentences(doc.text, bodyStart, ownEnd)) {
      const index = (bySection.get(section.id) ?? 0) + 1;
      bySection.set(section.id, index);
      sentences.push({ sectionId: section.id, index, ...span, text: doc.text.slice(span.start, span.end) });
    }
  }
  return sentences.sort((a, b) => a.start - b.start);
}

/**
 * The sentence holding `offset`, by binary search over sentences in text order (as documentSentences returns them): a
 * linear scan per mention made a long document quadratic (a 1.3 MB text spent 16 s here).
 */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Sentence;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

export function sectionById(doc: SourceDocument, id: string): SourceSection | undefined {
  return doc.sections.find((section) => section.id === id);
}

/**
 * Reader links
 * ============
 * Where a provenance quote opens in the document reader. A quote that is exactly a commitment's sentence links to
 * that commitment's anchor (`#<commitment id>`); any other quote links to a marked passage by its character range
 * (`mark=start-end`), which the reader wraps and highlights.
 */
import { rangeKey } from '../graph/client-graph';

export interface QuoteRef {
  documentId: string;
  start: number;
  end: number;
}

export function readerHref(quote: QuoteRef, commitmentsByRange: ReadonlyMap<string, string>): string {
  const doc = encodeURIComponent(quote.documentId);
  const commitment = commitmentsByRange.get(rangeKey(quote.documentId, quote.start, quote.end));
  if (commitment) return `/document?id=${doc}#${encodeURIComponent(commitment)}`;
  return `/document?id=${doc}&mark=${quote.start}-${quote.end}#passage`;
}

/**
 * True when a quote reads as a whole sentence: it opens with a capital, a digit or an opening quote mark and ends
 * with a full stop, question or exclamation mark (a closing quote or bracket may follow). A curated fact located by
 * a few words ("China and other SCO member states") is a phrase, and must not be presented as the sentence.
 */
export function isWholeSentence(quote: string): boolean {
  const text = quote.trim();
  return /^["“'‘(]?[\p{Lu}\p{N}]/u.test(text) && /[.!?]["”'’)\]]*$/u.test(text);
}

/**
 * What a provenance quote is: a whole sentence, a whole heading (a section, principle, goal or plan-of-action item
 * comes from its section's title: "5. International Cooperation on Cyber Terrorism and Cyber Crimes", which has no
 * full stop yet is not a few words cut from a sentence), or a phrase within a sentence.
 */
export type QuoteKind = 'sentence' | 'heading' | 'phrase';

export function quoteKind(item: { quote: string; sectionTitle: string }): QuoteKind {
  if (isWholeSentence(item.quote)) return 'sentence';
  return item.quote.trim() === item.sectionTitle.trim() ? 'heading' : 'phrase';
}

/** Parses the reader's `mark=start-end` parameter; undefined when absent or malformed. */
export function parseMark(
  value: string | undefined | null,
  textLength: number,
): { start: number; end: number } | undefined {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (!(start < end) || end > textLength) return undefined;
  return { start, end };
}

/**
 * Citing from the reader
 * ======================
 * The reader's citation bar cites whatever passage the analyst is looking at: the sentence a link led to
 * (`#<commitment id>`), the passage an explorer quote marked, or any text they select — not only commitments, since
 * a paper also quotes the document's assessments ("Cyber crimes are spreading."). The document's details and each
 * section's path from the chapter down come with the page (a few hundred bytes), so a citation costs no request and
 * reads exactly like the explorer's and the matrix's (lib/graph/citation.ts).
 */
import { formatCitation, type CitedDocument } from '@/lib/graph/citation';

export interface ReaderCitationContext {
  document: CitedDocument;
  /** Section headings from the chapter down, by section id. */
  sectionPaths: Readonly<Record<string, readonly string[]>>;
}

export interface ReaderPassage {
  quote: string;
  /** The section the passage starts in; null before the first heading. */
  sectionId: string | null;
  /** How it was chosen: a link's target or the reader's own selection. */
  origin: 'target' | 'selection';
}

/**
 * Selected text as one line: a selection across paragraphs or headings brings their line breaks, which would split
 * a one-line citation; within a sentence the source's spacing is single already, so nothing verbatim is lost.
 */
export function selectionQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The passage's citation, or undefined when there is nothing to cite (an empty or whitespace-only selection). */
export function citePassage(context: ReaderCitationContext, passage: ReaderPassage): string | undefined {
  // A linked sentence is cited as the graph holds it (the explorer's citation of it is the same text).
  const quote = passage.origin === 'selection' ? selectionQuote(passage.quote) : passage.quote.trim();
  if (!quote) return undefined;
  const sectionPath = passage.sectionId === null ? [] : (context.sectionPaths[passage.sectionId] ?? []);
  return formatCitation(context.document, { quote, sectionPath });
}

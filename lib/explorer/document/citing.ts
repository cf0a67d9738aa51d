/**
 * Citing from the reader
 * ======================
 * The reader's citation bar cites whatever passage the analyst is looking at: the sentence a link led to
 * (`#<commitment id>`), the passage an explorer quote marked, a paragraph or a whole section its ¶ or § link led to
 * (`#<section id>-p2`, `#<section id>`: lib/explorer/document/anchors.ts; the keyboard's way to cite), or any text
 * they select — not only commitments, since a paper also quotes the document's assessments ("Cyber crimes are
 * spreading."). A section is cited without a quote: where it stands is the citation. The document's details and each
 * section's path from the chapter down come with the page (a few hundred bytes), so a citation costs no request and
 * reads exactly like the explorer's and the matrix's (lib/graph/citation.ts).
 */
import { formatCitation, formatReference, type CitedDocument } from '@/lib/graph/citation';

export interface ReaderCitationContext {
  document: CitedDocument;
  /** Section headings from the chapter down, by section id. */
  sectionPaths: Readonly<Record<string, readonly string[]>>;
}

/**
 * What was cited and how it was chosen: a link's target (a sentence: a commitment or a marked passage; a paragraph;
 * a whole section) or the reader's own selection.
 */
export type PassageKind = 'sentence' | 'paragraph' | 'section' | 'selection';

export interface ReaderPassage {
  /** The verbatim text; ignored for a section, which is cited by where it stands. */
  quote: string;
  /** The section the passage starts in (a section: itself); null before the first heading. */
  sectionId: string | null;
  kind: PassageKind;
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
  const sectionPath = passage.sectionId === null ? [] : (context.sectionPaths[passage.sectionId] ?? []);
  // A section the page does not know has no path to cite it by.
  if (passage.kind === 'section')
    return sectionPath.length > 0 ? formatReference(context.document, sectionPath) : undefined;
  // A linked sentence or paragraph is cited as the text holds it (the explorer's citation of a sentence is the same).
  const quote = passage.kind === 'selection' ? selectionQuote(passage.quote) : passage.quote.trim();
  if (!quote) return undefined;
  return formatCitation(context.document, { quote, sectionPath });
}

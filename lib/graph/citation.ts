/**
 * Citations
 * =========
 * A quote as an analyst pastes it into a paper or a note: the sentence verbatim, who issued the document, its title
 * and date, where in it the sentence stands, and where the document is published. Plain text, one line, so it
 * survives any editor; the same words wherever the atlas offers it. A whole section is cited by the same line
 * without the quote.
 */

export interface CitedDocument {
  title: string;
  issuer: string;
  /** YYYY-MM-DD. */
  date: string;
  url?: string;
}

export interface CitedPassage {
  quote: string;
  /** From the chapter down: ["Chapter IV. Plan of Action", "3. Partnership in Cyberspace"]. */
  sectionPath: readonly string[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2017-03-01" → "1 March 2017" (day-month-year: unambiguous in every English); anything else as given. */
export function citationDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "en" → "English", as a reader names a language; a code Intl does not know stays as given. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    // Not a well-formed language tag: show what the document says.
    return code;
  }
}

/** Where a passage stands, without a quote: Issuer, Title, 1 March 2017, Chapter …, section …. https://… */
export function formatReference(document: CitedDocument, sectionPath: readonly string[]): string {
  const where = sectionPath.length > 0 ? `, ${sectionPath.join(', ')}` : '';
  const published = document.url ? ` ${document.url}` : '';
  return `${document.issuer}, ${document.title}, ${citationDate(document.date)}${where}.${published}`;
}

/** “The quote.” Issuer, Title, 1 March 2017, Chapter …, section …. https://… */
export function formatCitation(document: CitedDocument, passage: CitedPassage): string {
  return `“${passage.quote.trim()}” ${formatReference(document, passage.sectionPath)}`;
}

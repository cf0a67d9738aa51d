/**
 * Headings
 * ========
 * What a document's heading says: a chapter ("Chapter II. Basic Principles", "Part 3", "Pillar 1"), a numbered section
 * ("3. Partnership in Cyberspace", or in the decimal style of many strategies "2.1 Resilient infrastructure" under
 * "2. Resilience") or a plain title, and the local id its section takes from it; and which chapters' numbered
 * sections define principles, goals or actions (the front matter's `sectionKinds`).
 */
import { romanToInt, slugify } from '../graph/ids';
import type { DefinedType } from '../graph/schema';

/** "Chapter IV. …", "Part 2: …", and the pillars of many national strategies ("Pillar 1 – Strong businesses"). */
const CHAPTER = /^(?:chapter|part|pillar)\s+([IVXLCDM]+|\d+)\b(?:\s*[.:–—-])?\s*(.*)$/i;
const NUMBERED = /^(\d+)\s*[.)]\s*(.+)$/;
/** "2.1 Title", "2.1. Title", "1.2.3 Title": a dotted number needs no closing mark, but a space before the title. */
const DECIMAL = /^(\d+(?:\.\d+)+)\.?\s+(.+)$/;

/**
 * The heading's number ("II", "3", "2.1" or ""), its title, and the local id of its section ("ch2", "3", a slug).
 * A decimal number repeats its parent's ("2.1" under "2."): the local id is the rest ("1"), so the section's id is
 * "…-2-1" and not "…-2-2-1"; one that does not (a "2.1" under "Chapter I") keeps it whole ("2-1").
 */
export function describeHeading(
  heading: string,
  parentNumber = '',
): { number: string; title: string; localId: string } {
  const chapter = CHAPTER.exec(heading);
  if (chapter) {
    const numeral = chapter[1] as string;
    const number = romanToInt(numeral.toUpperCase()) ?? Number(numeral);
    return { number: numeral, title: (chapter[2] as string) || heading, localId: `ch${number}` };
  }
  const decimal = DECIMAL.exec(heading);
  if (decimal) {
    const number = decimal[1] as string;
    const own = parentNumber && number.startsWith(`${parentNumber}.`) ? number.slice(parentNumber.length + 1) : number;
    return { number, title: decimal[2] as string, localId: own.replaceAll('.', '-') };
  }
  const numbered = NUMBERED.exec(heading);
  if (numbered) return { number: numbered[1] as string, title: numbered[2] as string, localId: numbered[1] as string };
  return { number: '', title: heading, localId: slugify(heading) || 'section' };
}

/**
 * A number's place in its series, as a count: "IV" → 4, "3" → 3, "2.1" → 1 (the last part: "2.1" and "3.1" are
 * each the first of their chapter); undefined when unnumbered or not a number.
 */
export function numberValue(number: string): number | undefined {
  const last = number.slice(number.lastIndexOf('.') + 1);
  if (/^\d+$/.test(last)) return Number(last);
  return romanToInt(number.toUpperCase());
}

/** What the numbered sections of the chapter with this heading define, by the first `sectionKinds` prefix it has. */
export function kindOfChapter(
  sectionKinds: Readonly<Record<string, DefinedType>>,
  chapterHeading: string,
): DefinedType | undefined {
  for (const [prefix, kind] of Object.entries(sectionKinds)) {
    if (headingStartsWith(chapterHeading, prefix)) return kind;
  }
  return undefined;
}

/**
 * "Chapter III. …" starts with "Chapter III" but not with "Chapter II": the prefix must end at a word boundary; and
 * "2.1 …" does not start with "2", which names its chapter "2. …" (the numbered sections of "2.1" are not "2"'s).
 */
export function headingStartsWith(heading: string, prefix: string): boolean {
  const rest = heading.slice(prefix.length);
  return heading.startsWith(prefix) && !/^[\p{L}\p{N}]/u.test(rest) && !/^\.\d/.test(rest);
}

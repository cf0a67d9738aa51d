/**
 * Headings
 * ========
 * What a document's heading says: a chapter ("Chapter II. Basic Principles", "Part 3", "Pillar 1", "Pillar One"), a
 * numbered section ("3. Partnership in Cyberspace", in the decimal style of many strategies "2.1 Resilient
 * infrastructure" under "2. Resilience", or named by its kind, "Objective 2: …", "Strategic Objective 1.1: …") or a
 * plain title, and the local id its section takes from it; and which chapters' numbered sections define principles,
 * goals or actions (the front matter's `sectionKinds`).
 */
import { romanToInt, slugify } from '../graph/ids';
import type { DefinedType } from '../graph/schema';

/** Numbers written as words, as some strategies number their pillars ("Pillar One: Defend Critical Infrastructure"). */
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "Chapter IV. …", "Part 2: …", and the pillars of many national strategies ("Pillar 1 – …", "Pillar One: …"). */
const CHAPTER = new RegExp(
  String.raw`^(?:chapter|part|pillar)\s+([IVXLCDM]+|\d+|${NUMBER_WORDS.join('|')})\b(?:\s*[.:–—-])?\s*(.*)$`,
  'i',
);
/**
 * A numbered section named by its kind, with at most one word before it: "Objective 2: …", "Strategic Objective 1.1:
 * …", "Priority 3 – …", "Article 5. …". The number is the section's, as in "2. …" or "2.1 …"; the mark after it is
 * required, so a title that holds a number ("Goal 2030 and beyond") stays a title.
 */
const LABELLED =
  /^(?:[A-Za-z]+\s+)?(?:objective|goal|priority|action|measure|principle|task|area|line\s+of\s+effort|article|section)\s+(\d+(?:\.\d+)*)\s*[.:–—-]\s*(.+)$/i;
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
    return { number: numeral, title: (chapter[2] as string) || heading, localId: `ch${numberValue(numeral)}` };
  }
  const labelled = LABELLED.exec(heading);
  const decimal = labelled && labelled[1]?.includes('.') ? labelled : DECIMAL.exec(heading);
  if (decimal) {
    const number = decimal[1] as string;
    // "1.1" under "Pillar One" or "Chapter I" repeats its parent's number as much as "1.1" under "1." does.
    const parent = /^\d+(?:\.\d+)*$/.test(parentNumber) ? parentNumber : String(numberValue(parentNumber) ?? '');
    const own = parent && number.startsWith(`${parent}.`) ? number.slice(parent.length + 1) : number;
    return { number, title: decimal[2] as string, localId: own.replaceAll('.', '-') };
  }
  if (labelled) return { number: labelled[1] as string, title: labelled[2] as string, localId: labelled[1] as string };
  const numbered = NUMBERED.exec(heading);
  if (numbered) return { number: numbered[1] as string, title: numbered[2] as string, localId: numbered[1] as string };
  return { number: '', title: heading, localId: slugify(heading) || 'section' };
}

/**
 * A number's place in its series, as a count: "IV" → 4, "3" → 3, "Five" → 5, "2.1" → 1 (the last part: "2.1" and
 * "3.1" are each the first of their chapter); undefined when unnumbered or not a number.
 */
export function numberValue(number: string): number | undefined {
  const last = number.slice(number.lastIndexOf('.') + 1);
  if (/^\d+$/.test(last)) return Number(last);
  const word = NUMBER_WORDS.indexOf(number.toLowerCase());
  return word >= 0 ? word + 1 : romanToInt(number.toUpperCase());
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

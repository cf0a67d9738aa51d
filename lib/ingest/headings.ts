/**
 * Headings
 * ========
 * What a document's heading says: a chapter ("Chapter II. Basic Principles", "Part 3"), a numbered section
 * ("3. Partnership in Cyberspace") or a plain title, and the local id its section takes from it; and which
 * chapters' numbered sections define principles, goals or actions (the front matter's `sectionKinds`).
 */
import { romanToInt, slugify } from '../graph/ids';
import type { DefinedType } from '../graph/schema';

const CHAPTER = /^(?:chapter|part)\s+([IVXLCDM]+|\d+)\b[.:]?\s*(.*)$/i;
const NUMBERED = /^(\d+)\s*[.)]\s*(.+)$/;

/** The heading's number ("II", "3" or ""), its title, and the local id of its section ("ch2", "3", a slug). */
export function describeHeading(heading: string): { number: string; title: string; localId: string } {
  const chapter = CHAPTER.exec(heading);
  if (chapter) {
    const numeral = chapter[1] as string;
    const number = romanToInt(numeral.toUpperCase()) ?? Number(numeral);
    return { number: numeral, title: (chapter[2] as string) || heading, localId: `ch${number}` };
  }
  const numbered = NUMBERED.exec(heading);
  if (numbered) return { number: numbered[1] as string, title: numbered[2] as string, localId: numbered[1] as string };
  return { number: '', title: heading, localId: slugify(heading) || 'section' };
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

/** "Chapter III. …" starts with "Chapter III" but not with "Chapter II": the prefix must end at a word boundary. */
export function headingStartsWith(heading: string, prefix: string): boolean {
  return heading.startsWith(prefix) && !/[\p{L}\p{N}]/u.test(heading.charAt(prefix.length));
}

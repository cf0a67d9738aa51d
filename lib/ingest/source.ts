/**
 * Source documents
 * ================
 * Parses a strategy document (Markdown with YAML front matter) into its metadata, its text and its section tree.
 * Offsets index the text after the front matter, exactly as stored, so every quote can be checked against it.
 */
import { z } from 'zod';
import { AtlasDataError } from '../graph/errors';
import { romanToInt, slugify } from '../graph/ids';
import { DEFINED_TYPES, slugSchema, type DefinedType } from '../graph/schema';
import { parseYaml, validateYaml, type InputFile } from './input-file';

const frontMatterSchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(1),
  issuer: z.string().min(1),
  /** Gazetteer id of the actor that issues the document: the maker of its commitments. */
  issuerId: slugSchema,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  language: z.string().min(2),
  /** Where the text came from (a file under graph-data/captures, or a URL). */
  capture: z.string().min(1).optional(),
  url: z.url().optional(),
  /** Chapter heading prefix → the type each numbered subsection of that chapter defines. */
  sectionKinds: z.record(z.string().min(1), z.enum(DEFINED_TYPES)).default({}),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SourceSection {
  id: string;
  parentId: string | undefined;
  level: number;
  /** "II" for "Chapter II. Basic Principles", "3" for "3. Partnership in Cyberspace", "" when unnumbered. */
  number: string;
  title: string;
  /** The heading as written, without the Markdown hashes. */
  heading: string;
  order: number;
  /** Range of the whole section (heading included) in the text. */
  start: number;
  end: number;
  /** Range of the heading title in the text (for provenance of what the section defines). */
  headingStart: number;
  headingEnd: number;
  /** Set when the section's chapter declares that its numbered subsections define principles, goals or actions. */
  defines: DefinedType | undefined;
}

export interface SourceDocument {
  /** Path as shown in messages. */
  file: string;
  /** Path inside the data folder (`sources/iscc-2017.md`), recorded on the document node. */
  sourceFile: string;
  meta: FrontMatter;
  /** 1-based line in the file of a front-matter field such as ['issuerId']. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  text: string;
  sections: SourceSection[];
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm;
const CHAPTER = /^(?:chapter|part)\s+([IVXLCDM]+|\d+)\b[.:]?\s*(.*)$/i;
const NUMBERED = /^(\d+)\s*[.)]\s*(.+)$/;

/** Splits `---\n…\n---\n` front matter from the body. */
function splitFrontMatter(input: InputFile): { yaml: string; body: string; bodyLine: number } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(input.text);
  if (!match) {
    throw new AtlasDataError('lib/ingest', [
      { file: input.file, line: 1, message: 'a document starts with YAML front matter between "---" lines' },
    ]);
  }
  const yaml = match[1] ?? '';
  return { yaml, body: input.text.slice(match[0].length), bodyLine: yaml.split('\n').length + 3 };
}

export function parseSourceDocument(input: InputFile): SourceDocument {
  const { yaml, body } = splitFrontMatter(input);
  const frontMatter = parseYaml({ file: input.file, text: yaml }, 1);
  const meta = validateYaml(input, frontMatter, frontMatterSchema);
  if (body.trim().length === 0) {
    throw new AtlasDataError('lib/ingest', [
      { file: input.file, message: 'the document has no text after its front matter' },
    ]);
  }

  const headings = [...body.matchAll(HEADING)].map((match) => {
    const hashes = match[1] as string;
    const heading = (match[2] as string).trim();
    const headingStart = (match.index as number) + match[0].indexOf(heading);
    return {
      level: hashes.length,
      heading,
      start: match.index as number,
      headingStart,
      headingEnd: headingStart + heading.length,
    };
  });
  if (headings.length === 0) {
    throw new AtlasDataError('lib/ingest', [
      {
        file: input.file,
        message: 'the document has no headings: mark its chapters with "# " and their sections with "## "',
      },
    ]);
  }

  const sections: SourceSection[] = [];
  const stack: SourceSection[] = [];
  const seen = new Set<string>();
  headings.forEach((heading, index) => {
    while (stack.length > 0 && (stack[stack.length - 1] as SourceSection).level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    const { number, title, localId } = describeHeading(heading.heading);
    const baseId = parent ? `${parent.id}-${localId}` : `${meta.id}-${localId}`;
    let id = baseId;
    for (let n = 2; seen.has(id); n++) id = `${baseId}-${n}`;
    seen.add(id);
    // A section ends where the next heading of the same or a higher level begins.
    const next = headings.slice(index + 1).find((other) => other.level <= heading.level);
    const chapterKind = parent ? kindOfChapter(meta, parent.heading) : undefined;
    const section: SourceSection = {
      id,
      parentId: parent?.id,
      level: heading.level,
      number,
      title,
      heading: heading.heading,
      order: index,
      start: heading.start,
      end: trimEnd(body, next ? next.start : body.length),
      headingStart: heading.headingStart,
      headingEnd: heading.headingEnd,
      defines: chapterKind && /^\d+$/.test(number) ? chapterKind : undefined,
    };
    sections.push(section);
    stack.push(section);
  });

  const unknownKinds = Object.keys(meta.sectionKinds).filter(
    (prefix) => !sections.some((section) => headingStartsWith(section.heading, prefix)),
  );
  if (unknownKinds.length > 0) {
    throw new AtlasDataError(
      'lib/ingest',
      unknownKinds.map((prefix) => ({
        file: input.file,
        field: `sectionKinds.${prefix}`,
        message: `no heading starts with "${prefix}"`,
      })),
    );
  }
  return {
    file: input.file,
    sourceFile: input.path ?? input.file,
    meta,
    lineOf: frontMatter.lineOf,
    text: body,
    sections,
  };
}

function describeHeading(heading: string): { number: string; title: string; localId: string } {
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

function kindOfChapter(meta: FrontMatter, chapterHeading: string): DefinedType | undefined {
  for (const [prefix, kind] of Object.entries(meta.sectionKinds)) {
    if (headingStartsWith(chapterHeading, prefix)) return kind;
  }
  return undefined;
}

/** "Chapter III. …" starts with "Chapter III" but not with "Chapter II": the prefix must end at a word boundary. */
function headingStartsWith(heading: string, prefix: string): boolean {
  return heading.startsWith(prefix) && !/[\p{L}\p{N}]/u.test(heading.charAt(prefix.length));
}

function trimEnd(text: string, end: number): number {
  let position = end;
  while (position > 0 && /\s/.test(text[position - 1] as string)) position--;
  return position;
}

/** The deepest section whose range holds the offset. */
export function sectionAt(sections: readonly SourceSection[], offset: number): SourceSection | undefined {
  let found: SourceSection | undefined;
  for (const section of sections) {
    if (section.start <= offset && offset < section.end && (!found || section.level > found.level)) found = section;
  }
  return found;
}

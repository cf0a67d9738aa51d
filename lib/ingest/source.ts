/**
 * Source documents
 * ================
 * Parses a strategy document (Markdown with YAML front matter) into its metadata, its text and its section tree.
 * Offsets index the text after the front matter, exactly as stored, so every quote can be checked against it.
 */
import { AtlasDataError, type DataIssue } from '../graph/errors';
import type { DefinedType } from '../graph/schema';
import { findFences } from './fences';
import { findHeadingLookalikes } from './heading-lookalikes';
import { findHtmlComments } from './html-comments';
import { checkIdIsFileName, frontMatterSchema, splitFrontMatter, withStandIns, type FrontMatter } from './front-matter';
import { describeHeading, headingStartsWith, kindOfChapter, numberValue } from './headings';
import { checkYaml, readYaml, type InputFile } from './input-file';

export type { FrontMatter } from './front-matter';

export interface SourceSection {
  id: string;
  parentId: string | undefined;
  level: number;
  /** "II" for "Chapter II. Basic Principles", "3" for "3. Partnership in Cyberspace", "2.1", "" when unnumbered. */
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
  /** 1-based line of the heading in the file. */
  line: number;
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

/**
 * Reads a document, collecting every problem of the file. The document is undefined when it cannot be built at all
 * (no front matter, invalid metadata, no headings); otherwise it is returned even with problems in its structure
 * (a repeated heading), so that what depends on it is checked in the same run.
 */
export function readSourceDocument(input: InputFile): { document?: SourceDocument; issues: DataIssue[] } {
  if (input.unreadable) return { issues: input.unreadable };
  const issues: DataIssue[] = [];
  const split = splitFrontMatter(input, issues);
  if (!split) return { issues };
  const { yaml, body, bodyLine } = split;
  const { yaml: frontMatter, issues: unusable } = readYaml({ file: input.file, text: yaml }, 1);
  if (!frontMatter) return { issues: unusable };
  // Empty front matter: report each required field, not "expected object, received null".
  const checked = checkYaml(input, frontMatter, frontMatterSchema, issues, { value: frontMatter.data ?? {} });
  const meta = checked ?? withStandIns(frontMatter.data ?? {});
  if (body.trim().length === 0) {
    issues.push({ file: input.file, line: bodyLine, message: 'the document has no text after its front matter' });
    return { issues };
  }
  if (meta) checkIdIsFileName(input, meta.id, frontMatter.lineOf(['id']), issues);
  const lineAt = lineCounter(body, bodyLine);

  const fences = findFences(body);
  for (const fence of fences) {
    issues.push({
      file: input.file,
      line: bodyLine + fence.lineIndex,
      message: `a fenced code block ("${fence.marker}"${fence.closed ? '' : ', never closed'}) is not part of a strategy's text: its lines would be read as the document's sentences and headings; write the passage as plain text, or leave it out`,
    });
  }
  const comments = findHtmlComments(body);
  // Its own counter: lineAt only counts forward, and the headings below start again from the top.
  const commentLineAt = lineCounter(body, bodyLine);
  for (const comment of comments) {
    issues.push({
      file: input.file,
      line: commentLineAt(comment.start),
      message: `an HTML comment ("<!--"${comment.closed ? '' : ', never closed with "-->"'}) is not part of a strategy's text: its words would be read as the document's sentences; keep notes outside the source`,
    });
  }
  const blocks = [...fences, ...comments];
  const inFence = (offset: number) => blocks.some((block) => block.start <= offset && offset < block.end);
  const lineStarts = [0];
  for (let at = body.indexOf('\n'); at >= 0; at = body.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  for (const lookalike of findHeadingLookalikes(body, (index) => inFence(lineStarts[index] ?? 0))) {
    issues.push({ file: input.file, line: bodyLine + lookalike.lineIndex, message: lookalike.message });
  }
  const allHeadings = [...body.matchAll(HEADING)]
    .filter((match) => !inFence(match.index as number))
    .map((match) => {
      const hashes = match[1] as string;
      const heading = (match[2] as string).trim();
      const headingStart = (match.index as number) + match[0].indexOf(heading);
      return {
        level: hashes.length,
        heading,
        start: match.index as number,
        headingStart,
        headingEnd: headingStart + heading.length,
        line: lineAt(match.index as number),
      };
    });
  // A heading is a section's name and provenance: one with no text would be a section named by nothing, and one
  // with a number but no title ("## 9.") would silently define nothing.
  const headings = allHeadings.filter((heading) => {
    // A zero-width space trims to itself: a heading of it alone is as empty as "#".
    const empty = !/[^\p{White_Space}\p{Cf}]/u.test(heading.heading);
    const problem = empty
      ? heading.heading === ''
        ? 'a heading has no text (a "#" line with nothing after it)'
        : 'a heading has no visible text (only invisible characters such as a zero-width space)'
      : /^\d+\s*[.)]$/.test(heading.heading)
        ? `heading "${heading.heading}" has a number but no title`
        : !/[\p{L}\p{N}]/u.test(heading.heading)
          ? `heading "${heading.heading}" has no letter or digit: a section is named by its heading (for a divider, write "***" without "#")`
          : undefined;
    if (problem) issues.push({ file: input.file, line: heading.line, message: problem });
    return !empty;
  });
  if (headings.length === 0) {
    if (allHeadings.length === 0) {
      issues.push({
        file: input.file,
        message: 'the document has no headings: mark its chapters with "# " and their sections with "## "',
      });
    }
    return { issues };
  }
  // Text before the first heading lies in no section: its sentences would be left out of the graph without a word.
  const leading = /\S/.exec(body.slice(0, (allHeadings[0] as { start: number }).start));
  if (leading) {
    issues.push({
      file: input.file,
      line: bodyLine + (body.slice(0, leading.index).match(/\n/g)?.length ?? 0),
      message:
        'text before the first heading is in no section and would not be read: put a heading above it (such as "# Preface")',
    });
  }

  // Without valid metadata the structure is still checked, under the name the file gives.
  const documentId = meta?.id ?? (input.path ?? input.file).replace(/^.*\//, '').replace(/\.md$/i, '');
  const sectionKinds = meta?.sectionKinds ?? {};
  const sections: SourceSection[] = [];
  const stack: SourceSection[] = [];
  const lineOfId = new Map<string, number>();
  /** The last numbered heading of each series (a parent's chapters, its numbered sections), for the order check. */
  const lastNumbered = new Map<string, { value: number; heading: string; line: number }>();
  headings.forEach((heading, index) => {
    while (stack.length > 0 && (stack[stack.length - 1] as SourceSection).level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && heading.level > parent.level + 1) {
      // "####" under a "#" chapter is a typo for "##" far more often than a structure: the reader would show it so.
      issues.push({
        file: input.file,
        line: heading.line,
        message: `heading "${heading.heading}" is a "${'#'.repeat(heading.level)}" heading under the "${'#'.repeat(parent.level)}" heading at line ${parent.line}: a heading is one level below the one it belongs to (write "${'#'.repeat(parent.level + 1)}")`,
      });
    }
    const { number, title, localId } = describeHeading(heading.heading, parent?.number);
    const baseId = parent ? `${parent.id}-${localId}` : `${documentId}-${localId}`;
    const first = lineOfId.get(baseId);
    const repeated = first !== undefined;
    if (repeated) {
      // Two sections with one id: links, curation entries and commitment ids could not say which is meant.
      issues.push({
        file: input.file,
        line: heading.line,
        message: `heading "${heading.heading}" gives the section id "${baseId}" of the heading at line ${first}: number or name the sections apart`,
      });
    }
    const value = numberValue(number);
    // Chapters and numbered sections are counted apart ("1." may follow "Chapter II" under one heading).
    const series = `${parent?.id ?? ''}/${/^\d+(?:-\d+)*$/.test(localId) ? 'numbered' : 'chapter'}`;
    const previous = lastNumbered.get(series);
    if (value !== undefined && previous && value <= previous.value && !repeated) {
      // Chapter III before Chapter II: a passage pasted in the wrong place, whose items would be cited out of order.
      issues.push({
        file: input.file,
        line: heading.line,
        message: `heading "${heading.heading}" comes after "${previous.heading}" (line ${previous.line}): numbered sections are in order`,
      });
    }
    if (value !== undefined) lastNumbered.set(series, { value, heading: heading.heading, line: heading.line });
    const chapterKind = parent ? kindOfChapter(sectionKinds, parent.heading) : undefined;
    const definesItem = chapterKind !== undefined && /^\d+(?:\.\d+)*$/.test(number);
    const badItemNumber = definesItem && (value === undefined || value < 1 || value > MAX_ITEM_NUMBER);
    if (badItemNumber) {
      issues.push({
        file: input.file,
        line: heading.line,
        message: `heading "${heading.heading}" defines ${chapterKind === 'action' ? 'an' : 'a'} ${chapterKind} numbered ${number}: items are numbered from 1 to ${MAX_ITEM_NUMBER}`,
      });
    }
    let id = baseId;
    for (let n = 2; lineOfId.has(id); n++) id = `${baseId}-${n}`;
    lineOfId.set(id, heading.line);
    // A section ends where the next heading of the same or a higher level begins.
    const next = headings.slice(index + 1).find((other) => other.level <= heading.level);
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
      line: heading.line,
      // A repeated heading (reported above) defines nothing: its item would only repeat the first one's.
      defines: definesItem && !repeated && !badItemNumber ? chapterKind : undefined,
    };
    sections.push(section);
    stack.push(section);
  });

  for (const prefix of Object.keys(sectionKinds)) {
    if (sections.some((section) => headingStartsWith(section.heading, prefix))) continue;
    issues.push({
      file: input.file,
      line: frontMatter.lineOf(['sectionKinds', prefix]),
      field: `sectionKinds.${prefix}`,
      message: `no heading starts with "${prefix}"`,
    });
  }
  if (!meta) return { issues };
  const document: SourceDocument = {
    file: input.file,
    sourceFile: input.path ?? input.file,
    meta,
    lineOf: frontMatter.lineOf,
    text: body,
    sections,
  };
  return { document, issues };
}

/** The highest number of a principle, goal or action: beyond it, a number is a typo (and no safe integer). */
const MAX_ITEM_NUMBER = 10_000;

/** Parses a document; throws AtlasDataError with every problem of the file. */
export function parseSourceDocument(input: InputFile): SourceDocument {
  const { document, issues } = readSourceDocument(input);
  if (!document || issues.length > 0) throw new AtlasDataError('lib/ingest', issues);
  return document;
}

/** Offset in `text` → 1-based line in the file, counting from `firstLine`; offsets are asked in increasing order. */
function lineCounter(text: string, firstLine: number): (offset: number) => number {
  let line = firstLine;
  let at = 0;
  return (offset) => {
    for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', at)) {
      line++;
      at = next + 1;
    }
    return line;
  };
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

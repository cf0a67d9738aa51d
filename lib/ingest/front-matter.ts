/**
 * Front matter
 * ============
 * A document's metadata: the YAML between the "---" lines that open it (id, title, issuer, date, language …), split
 * from the body whose offsets every quote indexes, and its schema. A document with bad descriptive metadata is still
 * built with stand-ins, so that its text is checked in the same run.
 */
import { z } from 'zod';
import { choiceSchema } from '../graph/choices';
import { dateSchema } from '../graph/dates';
import type { DataIssue } from '../graph/errors';
import { DEFINED_TYPES, givenIdSchema, slugSchema } from '../graph/schema';
import type { InputFile } from './input-file';

const LANGUAGES = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
const REGIONS = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/**
 * A BCP 47 tag with a 2- or 3-letter language ("en", "zh-Hans"): not "English", which the syntax would allow, and
 * not a code no language has ("xx", "en-XY"), which the syntax allows too: the language and any region must be ones
 * the Unicode locale data names ("und", undetermined, is allowed).
 */
function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(?:-|$)/i.test(tag)) return false;
  try {
    const [canonical = tag] = Intl.getCanonicalLocales(tag);
    const { language, region } = new Intl.Locale(canonical);
    // Node reads "und" as no language at all (undefined).
    if (language !== undefined && language !== 'und' && LANGUAGES.of(language) === undefined) return false;
    return region === undefined || REGIONS.of(region) !== undefined;
  } catch {
    return false;
  }
}

export const frontMatterSchema = z.strictObject({
  id: givenIdSchema,
  // The title stands for the issuer in the commitment patterns (a sentence whose subject is the title is the
  // issuer speaking), so it is compiled into them: a title, not a passage.
  title: z.string().min(1).max(500, 'a title is at most 500 characters'),
  issuer: z.string().min(1),
  /** Gazetteer id of the actor that issues the document: the maker of its commitments. */
  issuerId: slugSchema,
  date: dateSchema,
  language: z.string().refine(isLanguageTag, 'must be the tag of a language, such as "en", "fr" or "zh-Hans"'),
  /** Where the text came from (a file under graph-data/captures, or a URL). */
  capture: z.string().min(1).optional(),
  // The reader links to it: a web address only (a `javascript:` or `file:` one would run or open something else).
  url: z
    .url({
      protocol: /^https?$/,
      error: 'must be a web address (http or https), such as "https://example.org/strategy.html"',
    })
    .optional(),
  /**
   * How the text names its issuer besides the gazetteer's names: "We" where the issuer speaks in the first person,
   * "the Government" where a national strategy means its own. Per document: in another document "the government"
   * is anyone's, and "we" someone else. Compiled into the commitment patterns, so names, not passages.
   */
  selfNames: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'a self name cannot be empty')
        .max(100, 'a self name is at most 100 characters: a name, such as "We" or "the Government"')
        .refine((name) => /\p{L}/u.test(name), 'a self name needs a letter, such as "We" or "the Government"'),
    )
    .optional(),
  /** Chapter heading prefix → the type each numbered subsection of that chapter defines. */
  sectionKinds: z.record(z.string().min(1), choiceSchema(DEFINED_TYPES)).default({}),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The fields the build needs to place a document's text; the others only describe it. */
const structureSchema = z.object(frontMatterSchema.pick({ id: true, issuerId: true, sectionKinds: true }).shape);

/**
 * A bad date or a missing title does not stop the text from being checked (its headings, the curation's quotes):
 * with the structural fields valid, the document is built with stand-ins for the others. The run has problems
 * already, so such a graph is never served or written.
 */
export function withStandIns(data: unknown): FrontMatter | undefined {
  const structure = structureSchema.safeParse(data);
  if (!structure.success) return undefined;
  const { id, issuerId, sectionKinds } = structure.data;
  return { id, issuerId, sectionKinds, title: id, issuer: issuerId, date: '1970-01-01', language: 'und' };
}

/** Splits `---\n…\n---\n` front matter from the body; says which part is missing when it cannot. */
export function splitFrontMatter(
  input: InputFile,
  issues: DataIssue[],
): { yaml: string; body: string; bodyLine: number } | undefined {
  // Spaces after a fence are invisible in an editor: they must not make the front matter vanish.
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(input.text);
  if (!match) {
    const opened = /^---[ \t]*\n/.test(input.text);
    issues.push({
      file: input.file,
      line: 1,
      message: opened
        ? 'the front matter opened by "---" on line 1 is never closed by a "---" line'
        : input.text.trim() === ''
          ? 'the file is empty: a document starts with YAML front matter between "---" lines'
          : 'a document starts with YAML front matter between "---" lines',
    });
    return undefined;
  }
  const yaml = match[1] ?? '';
  return { yaml, body: input.text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * A document's id is its file name (`sources/<id>.md`): a document that cannot be read is known by its file name
 * alone, and the graph records `sources/<id>.md` as its source file; an id that says otherwise would name two things.
 */
export function checkIdIsFileName(input: InputFile, id: string, line: number | undefined, issues: DataIssue[]): void {
  const fileName = (input.path ?? input.file).replace(/^.*[\\/]/, '');
  if (fileName === `${id}.md`) return;
  issues.push({
    file: input.file,
    line,
    field: 'id',
    message: `document id "${id}" is not the name of its file "${fileName}": a document's id is its file name without ".md" (rename the file ${id}.md, or change the id)`,
  });
}

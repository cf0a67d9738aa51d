/**
 * Input files
 * ===========
 * Reads a data file as text and parses YAML with line numbers, refusing what cannot be a curated data file
 * (binary content, invalid UTF-8, absurd sizes) before any parsing, so that errors name the file and line.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { AtlasDataError, type DataIssue } from '../graph/errors';
import { describeForbidden, forbiddenCharacter } from './characters';
import { curatorMessages, meantField } from './curator-messages';
import { describeYamlError, YAML_OPTIONS, yamlContentIssues } from './yaml-checks';

/** A strategy document is tens of kilobytes; anything this large is a mistake, not a document. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

export interface InputFile {
  /** Path as shown in messages (relative to the project when possible). */
  file: string;
  /**
   * Path inside the data folder (`sources/iscc-2017.md`), what the graph records as a document's source file: it
   * does not depend on where the folder is or where the command runs. Defaults to `file`.
   */
  path?: string;
  text: string;
  /**
   * Set when the file could not be read (a folder, binary bytes, too large): its problems. The readers report them
   * as the file's own and treat it as unusable, so the other files are still checked in the same run.
   */
  unreadable?: DataIssue[];
}

/** Checks raw bytes and decodes them; throws AtlasDataError naming the file. */
export function decodeInput(file: string, bytes: Uint8Array): InputFile {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new AtlasDataError('lib/ingest', [
      { file, message: `file is ${bytes.byteLength} bytes; the limit for a data file is ${MAX_INPUT_BYTES} bytes` },
    ]);
  }
  // Windows editors save "Unicode" as UTF-16, whose ASCII is every other byte NUL: say so, not "not a text file".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AtlasDataError('lib/ingest', [
      { file, line: 1, message: 'file is UTF-16 text (its byte-order mark says so): save it as UTF-8' },
    ]);
  }
  if (bytes.includes(0)) {
    throw new AtlasDataError('lib/ingest', [
      { file, message: 'file contains NUL bytes: this is not a text file (or it is UTF-16: save it as UTF-8)' },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A Windows editor's "ANSI" (Windows-1252) is the usual cause: the line of the first bad byte finds the word.
    throw new AtlasDataError('lib/ingest', [
      {
        file,
        line: lineOfFirstInvalidByte(bytes),
        message: 'file is not valid UTF-8 text (saved as Windows-1252 or Latin-1? save it as UTF-8)',
      },
    ]);
  }
  const forbidden = forbiddenCharacter(text);
  if (forbidden) {
    throw new AtlasDataError('lib/ingest', [
      {
        file,
        line: (text.slice(0, forbidden.index).match(/\r\n?|\n/g)?.length ?? 0) + 1,
        message: `file ${describeForbidden(text, forbidden)}`,
      },
    ]);
  }
  // One text whatever the editor: no byte-order mark, "\n" line ends, and composed characters (NFC), so that "é"
  // typed on a Mac (e + combining accent) and "é" pasted from a PDF are one name, one mention, one clash.
  return {
    file,
    text: text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC'),
  };
}

/**
 * The 1-based line holding the first byte that is not UTF-8. The lossy decoding re-encodes to the same bytes up to
 * the first invalid sequence (U+FFFD replaces it), and no byte of a sequence, valid or not, is a newline.
 */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const again = new TextEncoder().encode(new TextDecoder('utf-8').decode(bytes));
  let at = 0;
  while (at < bytes.length && bytes[at] === again[at]) at++;
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** What the file system says, in the user's terms: the file is named by the caller. */
const READ_REASONS: Record<string, string> = {
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'it does not exist (a broken symbolic link?)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symbolic link loop',
};

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

export function readInput(path: string, shownAs = path): InputFile {
  // A folder called x.md or a dangling link is a data problem to name, not a stack trace.
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    // A device or a named pipe has no size to check and may never end (/dev/zero): only files are read.
    if (!stats.isFile() && !stats.isDirectory()) {
      throw new AtlasDataError('lib/ingest', [
        { file: shownAs, message: `cannot read the file: it is ${kindOf(stats)}, not a file` },
      ]);
    }
    const size = stats.size;
    if (size > MAX_INPUT_BYTES) {
      throw new AtlasDataError('lib/ingest', [
        { file: shownAs, message: `file is ${size} bytes; the limit for a data file is ${MAX_INPUT_BYTES} bytes` },
      ]);
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof AtlasDataError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_REASONS[code] ?? `${error instanceof Error ? error.message : String(error)}`;
    throw new AtlasDataError('lib/ingest', [{ file: shownAs, message: `cannot read the file: ${reason}` }]);
  }
  return decodeInput(shownAs, bytes);
}

/** Like readInput, but a file that cannot be read comes back marked `unreadable` instead of throwing. */
export function readInputOrProblems(path: string, shownAs = path): InputFile {
  try {
    return readInput(path, shownAs);
  } catch (error) {
    if (!(error instanceof AtlasDataError)) throw error;
    return { file: shownAs, text: '', unreadable: error.issues };
  }
}

export interface ParsedYaml {
  data: unknown;
  /** The 1-based line of the value at a path such as ['entities', 3, 'aliases'], or the nearest parent's. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** parseYaml for readers that collect problems: the parsed file, or the problems that made it unusable. */
export function readYaml(input: InputFile, lineOffset = 0): { yaml?: ParsedYaml; issues: DataIssue[] } {
  try {
    return { yaml: parseYaml(input, lineOffset), issues: [] };
  } catch (error) {
    if (error instanceof AtlasDataError) return { issues: error.issues };
    throw error;
  }
}

/** Parses YAML; syntax errors become data issues with their line. `lineOffset` shifts lines (front matter). */
export function parseYaml(input: InputFile, lineOffset = 0): ParsedYaml {
  if (input.unreadable) throw new AtlasDataError('lib/ingest', input.unreadable);
  const lineCounter = new LineCounter();
  const doc = parseDocument(input.text, { ...YAML_OPTIONS, lineCounter });
  const [first, ...after] = doc.errors;
  if (first) {
    // After a syntax error the parser is out of step with the file, and what it reports next is mostly noise
    // (one missing quote gave 76 "errors"): the first is the one to fix.
    const more = after.length > 0 ? ` (the parser reported ${after.length} more after it; fix this one first)` : '';
    throw new AtlasDataError('lib/ingest', [
      {
        file: input.file,
        line: first.linePos?.[0]?.line !== undefined ? first.linePos[0].line + lineOffset : undefined,
        message: `YAML syntax: ${describeYamlError(input.text, first)}${more}`,
      },
    ]);
  }
  // What the file uses of YAML that would be read as something else than it says (a tag, an alias …): every one.
  const refused = yamlContentIssues(input.file, input.text, doc, lineCounter, lineOffset);
  if (refused.length > 0) throw new AtlasDataError('lib/ingest', refused);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number] } | undefined;
      const target = node && (isMap(node) || isSeq(node) || 'range' in node) ? node : undefined;
      if (target?.range) return lineCounter.linePos(target.range[0]).line + lineOffset;
    }
    // Nothing to point at (empty YAML): the problem is at the start.
    return 1 + lineOffset;
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Aliases, which the converter expands (and refuses to expand into a "billion laughs"), are refused before it;
    // whatever else it throws on is still a problem of the file, not a crash.
    throw new AtlasDataError('lib/ingest', [
      { file: input.file, message: `YAML: ${error instanceof Error ? error.message : String(error)}` },
    ]);
  }
  return { data, lineOf };
}

/** Formats a zod path as `entities[3].aliases[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export interface CheckOptions {
  /** Where `value` sits in the file (['entities', 3]): lines and fields are reported from the file's root. */
  at?: readonly PropertyKey[];
  value?: unknown;
}

/**
 * Checks parsed YAML (or a part of it, see `at`) against a schema; every zod issue becomes a data issue with file,
 * line and field, pushed to `issues`. Returns the parsed value, or undefined when it did not pass: callers go on
 * checking what they can, so one run reports every problem.
 */
export function checkYaml<T>(
  input: InputFile,
  parsed: ParsedYaml,
  schema: z.ZodType<T>,
  issues: DataIssue[],
  options: CheckOptions = {},
): T | undefined {
  const at = options.at ?? [];
  const value = 'value' in options ? options.value : parsed.data;
  const result = schema.safeParse(value, { error: curatorMessages(at, schema) });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...at, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, at the key's own line: a typo ("alias:") is found where it is written.
      for (const key of issue.keys) {
        const meant = meantField(schema, issue.path, key);
        issues.push({
          file: input.file,
          line: parsed.lineOf([...path, key]),
          field: formatPath([...path, key]),
          message: meant
            ? `unknown field (a typo for "${meant}"? unknown fields are refused, not ignored)`
            : 'unknown field (a typo? unknown fields are refused, not ignored)',
        });
      }
      continue;
    }
    const empty = path.length === 0 && (value === null || value === undefined);
    issues.push({
      file: input.file,
      line: parsed.lineOf(path),
      field: formatPath(path) || undefined,
      message: empty ? 'the file is empty (or holds only comments)' : issue.message,
    });
  }
  return undefined;
}

/** Validates parsed YAML against a schema; throws every problem (see checkYaml) at once. */
export function validateYaml<T>(input: InputFile, parsed: ParsedYaml, schema: z.ZodType<T>): T {
  const issues: DataIssue[] = [];
  const data = checkYaml(input, parsed, schema, issues);
  if (data === undefined || issues.length > 0) throw new AtlasDataError('lib/ingest', issues);
  return data;
}

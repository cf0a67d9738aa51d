/**
 * YAML checks
 * ===========
 * What a data file may use of YAML, and the parser's complaints in a curator's terms. The data is plain text,
 * numbers, lists and maps: a tag (`!foo`, `!!binary`), an alias (`*name`), a list or map as a field name or a
 * `%YAML 1.1` directive would make the parser read something else than what the file seems to say, or nothing at
 * all, without a word. Each is refused at its line before the document is converted.
 */
import { isCollection, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { DataIssue } from '../graph/errors';
import { describeForbidden, forbiddenCharacter } from './characters';

/** The options every data file is parsed with; see the header for why tags beyond YAML 1.2's core are off. */
export const YAML_OPTIONS = {
  uniqueKeys: true,
  prettyErrors: true,
  // The core schema, whatever a %YAML directive says (one that is not 1.2 is refused below).
  schema: 'core',
  // The parser would otherwise turn !!binary into bytes, !!set into a Set, !!timestamp into a Date: each would
  // reach the checks as a value no field takes, named in JavaScript's terms. Unresolved, they are warnings.
  resolveKnownTags: false,
} as const;

/** The tags of YAML 1.2's core schema: written on a value they fit (`!!str 2030`), they change nothing unseen. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * Warnings that do not change what is read: a flow list's closing "]" in its key's column is a matter of style,
 * and a common one. Every other warning means the parser read the file other than it says, so it is refused.
 */
const HARMLESS_WARNINGS = new Set(['BAD_INDENT']);

/**
 * The parser's message in a curator's terms. Its own "at line L, column C:" goes: the issue carries the line in the
 * file, and in front matter the parser's line (counted from the fence) would contradict it. A repeated key is named,
 * since the parser points at it without saying which it is.
 */
export function describeYamlError(text: string, error: YAMLError): string {
  const column = error.linePos?.[0]?.col;
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const at = column !== undefined ? `, at column ${column}` : '';
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*("[^"]*"|'[^']*'|[^:#\n]+?)\s*:/.exec(text.slice(error.pos[0]))?.[1];
      if (key) return `field "${key.replace(/^["']|["']$/g, '')}" is given twice (each field once)${at}`;
      break;
    }
    // The parser's words name its own API ("please use YAML.parseAllDocuments()").
    case 'MULTIPLE_DOCS':
      return `a second YAML document starts here (a "---" or "..." line): a data file holds one${at}`;
    // A stack overflow while composing: thousands of lists inside lists.
    case 'RESOURCE_EXHAUSTION':
      return `lists or maps are nested too deeply to read${at}`;
  }
  return `${message}${at}`;
}

/**
 * What the file uses of YAML that the data files do not take (see the header), as issues at their lines; the
 * document is parsed without errors. `lineOffset` shifts lines (front matter).
 */
export function yamlContentIssues(
  file: string,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  lineOffset = 0,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const at = (offset: number, message: string) =>
    issues.push({ file, line: lineCounter.linePos(offset).line + lineOffset, message });

  const yaml = doc.directives?.yaml;
  if (yaml?.explicit && yaml.version !== '1.2') {
    // In YAML 1.1 `yes` is true, `0755` is 493 and `y:` is the key true: the files are written as YAML 1.2.
    at(Math.max(0, text.search(/^%YAML/m)), `"%YAML ${yaml.version}": the data files are YAML 1.2 (remove the line)`);
  }
  for (const warning of doc.warnings) {
    if (HARMLESS_WARNINGS.has(warning.code)) continue;
    if (warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE') {
      const written = text.slice(warning.pos[0], warning.pos[1]).trim();
      const resolved = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? '';
      at(
        warning.pos[0],
        CORE_TAGS.has(resolved) || warning.code === 'BAD_COLLECTION_TYPE'
          ? `YAML tag "${written}" does not fit its value (remove the tag)`
          : `YAML tag "${written}" is not supported: the data files hold plain text, numbers, lists and maps (remove the tag)`,
      );
      continue;
    }
    at(warning.pos[0], `YAML: ${describeYamlError(text, warning).replace(/, at column \d+$/, '')}`);
  }
  // Each alias name once, at its first use: a "billion laughs" file repeats a few names hundreds of times.
  const aliases = new Map<string, { offset: number; uses: number }>();
  visit(doc, {
    Alias(_key, node) {
      const seen = aliases.get(node.source);
      if (seen) seen.uses++;
      else aliases.set(node.source, { offset: node.range?.[0] ?? 0, uses: 1 });
    },
    // A raw one is refused with the file; this is one written as an escape ("\0", "\x07", "\ud800").
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const found = forbiddenCharacter(node.value);
      if (found) at(node.range?.[0] ?? 0, `a value ${describeForbidden(node.value, found, ' (written as an escape)')}`);
    },
    Pair(_key, pair) {
      const key = pair.key;
      if (isCollection(key)) {
        at(key.range?.[0] ?? 0, 'a field name must be text, not a list or a map');
      } else if (key === null || (isScalar(key) && (key.value === null || key.value === ''))) {
        // `: value` with nothing before the colon; toJS would make it the field "".
        const value = pair.value as { range?: number[] } | null;
        at((isScalar(key) ? key.range?.[0] : value?.range?.[0]) ?? 0, 'a field has no name (write it before the ":")');
      }
    },
  });
  for (const [name, { offset, uses }] of aliases) {
    // Refused, not expanded: an alias puts one value at two places, so a problem in it would be reported at a line
    // that is not where it is read; and aliases of aliases are how a small file exhausts memory.
    const more = uses > 1 ? ` (used ${uses} times; this is the first)` : '';
    at(offset, `YAML alias "*${name}" is not supported: write the value out where it is used${more}`);
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Input files: what cannot be read or parsed is a data problem naming the file and line, never a stack trace. */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AtlasDataError, formatIssue, type DataIssue } from '@/lib/graph/errors';
import { checkYaml, decodeInput, parseYaml, readInput } from '@/lib/ingest/input-file';
import { tempDir } from '../../support/temp';

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected a data problem');
};

describe('readInput', () => {
  const dir = tempDir('atlas-input-');

  it('names a folder where a file belongs', () => {
    mkdirSync(join(dir, 'x.md'));
    expect(problemsOf(() => readInput(join(dir, 'x.md'), 'sources/x.md'))).toEqual([
      'sources/x.md: cannot read the file: it is a folder, not a file',
    ]);
  });

  it('names a broken symbolic link', () => {
    symlinkSync(join(dir, 'nowhere'), join(dir, 'y.md'));
    expect(problemsOf(() => readInput(join(dir, 'y.md'), 'sources/y.md'))).toEqual([
      'sources/y.md: cannot read the file: it does not exist (a broken symbolic link?)',
    ]);
  });

  it.runIf(process.platform === 'linux')('refuses a link to a device instead of reading it forever', () => {
    symlinkSync('/dev/zero', join(dir, 'gazetteer.yaml'));
    expect(problemsOf(() => readInput(join(dir, 'gazetteer.yaml'), 'gazetteer.yaml'))).toEqual([
      'gazetteer.yaml: cannot read the file: it is a device, not a file',
    ]);
  });

  it.runIf(process.platform === 'linux')('refuses a named pipe, which would wait for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    expect(problemsOf(() => readInput(join(dir, 'pipe.md'), 'sources/pipe.md'))).toEqual([
      'sources/pipe.md: cannot read the file: it is a named pipe, not a file',
    ]);
  });
});

describe('parseYaml', () => {
  it('refuses an alias bomb at its lines, each alias once, without expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ] as const) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    expect(problemsOf(() => parseYaml({ file: 'curation.yaml', text: `${lines.join('\n')}\n` }))).toEqual(
      ['a', 'b', 'c', 'd'].map(
        (name, index) =>
          `curation.yaml:${index + 2}: YAML alias "*${name}" is not supported: write the value out where it is used (used 10 times; this is the first)`,
      ),
    );
  });

  it("names a field given twice, at its line in the file (front matter included), without the parser's own line", () => {
    const text = 'entities:\n  - id: un\n    label: UN\n    label: United Nations\n';
    expect(problemsOf(() => parseYaml({ file: 'gazetteer.yaml', text }))).toEqual([
      'gazetteer.yaml:4: YAML syntax: field "label" is given twice (each field once), at column 5',
    ]);
    // Front matter starts on the file's line 2: the parser counts from 1, the message must not.
    expect(problemsOf(() => parseYaml({ file: 'sources/x.md', text: 'id: x\n"id": y\n' }, 1))).toEqual([
      'sources/x.md:3: YAML syntax: field "id" is given twice (each field once), at column 1',
    ]);
  });

  it('keeps other syntax errors in the parser\'s words, with a column instead of its "at line …:"', () => {
    const [problem] = problemsOf(() => parseYaml({ file: 'curation.yaml', text: 'a: "unclosed\nb: 2\n' }));
    expect(problem).toMatch(/^curation\.yaml:\d+: YAML syntax: Missing closing "quote, at column \d+$/);
  });
});

describe('decodeInput', () => {
  it('names the line of the first byte that is not UTF-8 (a file saved as Windows-1252)', () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('# Title\n\nna\u00efve\n'),
      0x63,
      0x61,
      0x66,
      0xe9,
      0x0a,
    ]);
    expect(problemsOf(() => decodeInput('sources/x.md', latin1))).toEqual([
      'sources/x.md:4: file is not valid UTF-8 text (saved as Windows-1252 or Latin-1? save it as UTF-8)',
    ]);
    expect(problemsOf(() => decodeInput('a.yaml', Uint8Array.from([0xff, 0x0a])))[0]).toMatch(/^a\.yaml:1: /);
    // A sequence cut short by a newline is still on the line it starts.
    expect(problemsOf(() => decodeInput('a.yaml', Uint8Array.from([0x0a, 0xe2, 0x82, 0x0a])))[0]).toMatch(
      /^a\.yaml:2: /,
    );
  });
});

describe('checkYaml', () => {
  const schema = z.strictObject({ entities: z.array(z.strictObject({ id: z.string() })) });
  const check = (text: string) => {
    const input = { file: 'gazetteer.yaml', text };
    const issues: DataIssue[] = [];
    const value = checkYaml(input, parseYaml(input), schema, issues);
    return { value, problems: issues.map(formatIssue) };
  };

  it('names an unknown field at its own line', () => {
    expect(check('entities:\n  - id: a\n\n    alias: [A]\n').problems).toEqual([
      'gazetteer.yaml:4: entities[0].alias: unknown field (a typo? unknown fields are refused, not ignored)',
    ]);
  });

  it('says a file is empty, and where a list stands for "field: value" lines', () => {
    expect(check('# only a comment\n').problems).toEqual([
      'gazetteer.yaml:1: the file is empty (or holds only comments)',
    ]);
    expect(check('- a\n- b\n').problems).toEqual([
      'gazetteer.yaml:1: expected "field: value" lines at the top level, found a list',
    ]);
  });

  it('collects instead of throwing, and checks a part of the file at its place', () => {
    const input = { file: 'gazetteer.yaml', text: 'entities:\n  - id: a\n  - {}\n' };
    const parsed = parseYaml(input);
    const issues: DataIssue[] = [];
    const entry = z.strictObject({ id: z.string() });
    const value = checkYaml(input, parsed, entry, issues, { at: ['entities', 1], value: { id: undefined } });
    expect(value).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual(['gazetteer.yaml:3: entities[1].id: required']);
  });
});

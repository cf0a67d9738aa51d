/** Input files: what cannot be read or parsed is a data problem naming the file and line, never a stack trace. */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AtlasDataError, formatIssue, type DataIssue } from '@/lib/graph/errors';
import { checkYaml, parseYaml, readInput } from '@/lib/ingest/input-file';
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
});

describe('parseYaml', () => {
  it('refuses an alias bomb as a problem of the file', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ] as const) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    expect(problemsOf(() => parseYaml({ file: 'curation.yaml', text: `${lines.join('\n')}\n` }))).toEqual([
      expect.stringMatching(/^curation\.yaml: YAML: Excessive alias count/),
    ]);
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

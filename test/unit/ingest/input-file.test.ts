/** Input files: what cannot be read or parsed is a data problem naming the file and line, never a stack trace. */
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { parseYaml, readInput } from '@/lib/ingest/input-file';

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
  const dir = mkdtempSync(join(tmpdir(), 'atlas-input-'));

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

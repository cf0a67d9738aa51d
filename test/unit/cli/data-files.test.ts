/** `build` and `export` never write over the files of the data folder they read (a slip of --out). */
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFileAt } from '@/lib/cli/data-files';
import { EXIT } from '@/lib/cli/exit-codes';
import { runCli } from '@/lib/cli/main';
import { tempDir } from '../../support/temp';

/** A data folder shaped like graph-data/ (files need not be valid: the check is on paths only). */
function dataFolder(): string {
  const dir = tempDir('atlas-data-files-');
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'captures'));
  writeFileSync(join(dir, 'gazetteer.yaml'), 'entities: []\n');
  writeFileSync(join(dir, 'sources', 'doc.md'), '---\nid: doc\n---\n');
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('dataFileAt', () => {
  it('names the data files and anything in sources/ or captures/, however the path is spelled', () => {
    const dir = dataFolder();
    expect(dataFileAt(dir, join(dir, 'gazetteer.yaml'))).toBe('gazetteer.yaml');
    expect(dataFileAt(dir, join(dir, 'curation.yaml'))).toBe('curation.yaml');
    expect(dataFileAt(dir, join(dir, 'sources', 'doc.md'))).toBe('sources/doc.md');
    expect(dataFileAt(dir, join(dir, 'sources', 'new', 'x.json'))).toBe('sources/new/x.json');
    expect(dataFileAt(dir, join(dir, 'captures', 'raw.txt'))).toBe('captures/raw.txt');
    expect(dataFileAt(dir, join(dir, 'build', '..', 'gazetteer.yaml'))).toBe('gazetteer.yaml');
    const link = join(tempDir('atlas-data-link-'), 'data');
    symlinkSync(dir, link);
    expect(dataFileAt(dir, join(link, 'sources', 'doc.md'))).toBe('sources/doc.md');
  });

  it('leaves the rest of the data folder, and everything outside it, writable', () => {
    const dir = dataFolder();
    expect(dataFileAt(dir, join(dir, 'build', 'graph.json'))).toBeUndefined();
    expect(dataFileAt(dir, join(dir, 'graph.json'))).toBeUndefined();
    expect(dataFileAt(dir, join(dir, 'sources-old.md'))).toBeUndefined();
    expect(dataFileAt(dir, join(tempDir('atlas-elsewhere-'), 'gazetteer.yaml'))).toBeUndefined();
  });
});

describe('atlas build / export --out a data file', () => {
  it.each([
    [['build'], 'sources/iscc-2017.md'],
    [['export', '--format', 'json'], 'gazetteer.yaml'],
    [['export', '--format', 'csv'], 'sources/notes.csv'],
  ])('%j --out <data>/%s: exit 73 naming the file, the data left as it was', async (argv, file) => {
    const dir = join(tempDir('atlas-data-copy-'), 'data');
    cpSync('graph-data', dir, { recursive: true });
    const before = readdirSync(dir, { recursive: true }).map(String).sort();
    const contents = () =>
      before.filter((f) => /\.(md|yaml|txt)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));
    const was = contents();
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
    const out = join(dir, file);
    expect(await runCli([...argv, '--data', dir, '--out', out])).toBe(EXIT.cannotWrite);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^atlas ${argv[0]}: cannot write ${out}: it is .*choose another path`)),
    ]);
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(before);
    expect(contents()).toEqual(was);
  });
});

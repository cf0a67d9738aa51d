/** The atlas CLI: commands, output and exit codes (run in-process; the binary is checked once end to end). */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { EXIT } from '@/lib/cli/exit-codes';
import { tempDir } from '../../support/temp';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('atlas CLI', () => {
  it('validate: exit 0 on the committed data', async () => {
    const { out } = capture();
    expect(await runCli(['validate'])).toBe(EXIT.ok);
    expect(out.join('\n')).toMatch(/graph-data is valid \(\d+ nodes, \d+ relationships\)/);
  });

  it('validate: exit 1 with file and line on bad data, and writes nothing', async () => {
    const dir = tempDir('atlas-cli-');
    cpSync('graph-data', dir, { recursive: true });
    const gazetteer = join(dir, 'gazetteer.yaml');
    writeFileSync(gazetteer, readFileSync(gazetteer, 'utf8').replace('type: forum', 'type: forumm'));
    const { err } = capture();
    expect(await runCli(['validate', '--data', dir])).toBe(EXIT.invalidData);
    expect(err.join('\n')).toMatch(/gazetteer\.yaml:\d+: entities\[\d+\]\.type/);
  });

  it('validate: one run lists the problems of the gazetteer, the curation and a source together (exit 1)', async () => {
    const dir = tempDir('atlas-cli-');
    cpSync('graph-data', dir, { recursive: true });
    const edit = (file: string, from: string | RegExp, to: string) =>
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
    edit('gazetteer.yaml', 'type: forum', 'type: forumm');
    edit('curation.yaml', /target: china$/m, 'target: no-such-state');
    edit('sources/iscc-2017.md', 'date: 2017-03-01', 'date: 2017-02-30');
    const { err } = capture();
    expect(await runCli(['validate', '--data', dir])).toBe(EXIT.invalidData);
    const text = err.join('\n');
    expect(text).toMatch(/gazetteer\.yaml:\d+: entities\[\d+\]\.type: must be one of/);
    expect(text).toMatch(/curation\.yaml:\d+: relations\[\d+\]\.target: unknown node id "no-such-state"/);
    expect(text).toMatch(/sources\/iscc-2017\.md:6: date: must be a date YYYY-MM-DD that exists/);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it.each<[string, string, string | RegExp, string, RegExp]>([
    [
      'a custom YAML tag',
      'gazetteer.yaml',
      'label: United Nations\n',
      'label: !foo United Nations\n',
      /gazetteer\.yaml:\d+: YAML tag "!foo" is not supported/,
    ],
    [
      'a YAML tag in front matter',
      'sources/iscc-2017.md',
      'date: 2017-03-01',
      'date: !!timestamp 2017-03-01',
      /iscc-2017\.md:6: YAML tag "!!timestamp"/,
    ],
    [
      'a YAML alias',
      'curation.yaml',
      /^relations:$/m,
      'x: &x [a, a]\ny: [*x, *x]\nrelations:',
      /curation\.yaml:\d+: YAML alias "\*x" is not supported/,
    ],
    [
      'names differing in case only',
      'gazetteer.yaml',
      'aliases: [UN, United Nations]',
      'aliases: [UN, United Nations, Arf]',
      /gazetteer\.yaml:\d+: entities\[\d+\]\.aliases\[0\]: name "ARF" of "arf" is already a name of "un" as "Arf"/,
    ],
    [
      'a passage as an alias',
      'gazetteer.yaml',
      'aliases: [UN, United Nations]',
      `aliases: [UN, "${'word '.repeat(3000)}"]`,
      /gazetteer\.yaml:\d+: entities\[\d+\]\.aliases\[1\]: an alias is at most 200 characters/,
    ],
    [
      'a relationship stated twice',
      'curation.yaml',
      /^relations:$/m,
      'relations:\n  - {source: unga, type: PART_OF, target: un, basis: curated, note: again}',
      /curation\.yaml:\d+: relations\[\d+\]: the same PART_OF from "unga" to "un" as relations\[0\]/,
    ],
  ])('validate: %s is refused at its line, with exit 1 and no stack trace', async (_what, file, from, to, message) => {
    const dir = tempDir('atlas-cli-');
    cpSync('graph-data', dir, { recursive: true });
    const before = readFileSync(join(dir, file), 'utf8');
    expect(before).toMatch(from);
    writeFileSync(join(dir, file), before.replace(from, to));
    const { err } = capture();
    expect(await runCli(['validate', '--data', dir])).toBe(EXIT.invalidData);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\n\s+at |unexpected error/);
  });

  it('validate: names a data folder outside the project by its absolute path', async () => {
    const missing = join(tempDir('atlas-cli-'), 'no-such-data');
    const { err } = capture();
    expect(await runCli(['validate', '--data', missing])).toBe(EXIT.invalidData);
    expect(err.join('\n')).toContain(`- ${missing}: a data folder holds`);
  });

  it('validate: a file given as the data folder is named as given', async () => {
    const readme = resolve('README.md');
    const { err } = capture();
    expect(await runCli(['validate', '--data', readme])).toBe(EXIT.invalidData);
    expect(err.join('\n')).toContain(`- ${readme}: a data folder holds sources/*.md and gazetteer.yaml`);
    expect(err.join('\n')).toMatch(/it is a file, not a folder/);
  });

  it.each(['build', 'validate', 'stats', 'load', 'query'])(
    "%s --data '': exit 2 naming the option",
    async (command) => {
      const { err } = capture();
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
        err.push(String(chunk));
        return true;
      });
      expect(await runCli([command, '--data', ''])).toBe(EXIT.usage);
      expect(err.join('\n')).toMatch(
        /option '-d, --data <dir>' argument '' is invalid\. The data folder cannot be empty/,
      );
    },
  );

  it('stats --json: counts by type', async () => {
    const { out } = capture();
    expect(await runCli(['stats', '--json'])).toBe(EXIT.ok);
    const summary = JSON.parse(out.join('\n'));
    expect(summary.nodesByType).toMatchObject({ principle: 4, goal: 6, action: 9 });
    expect(summary.nodesByType.commitment).toBeGreaterThanOrEqual(40);
  });

  it('build: writes the laid-out graph with provenance', async () => {
    const out = join(tempDir('atlas-build-'), 'graph.json');
    capture();
    expect(await runCli(['build', '--out', out])).toBe(EXIT.ok);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    const arf = graph.nodes.find((n: { key: string }) => n.key === 'arf');
    expect(arf.attributes.provenance.length).toBeGreaterThan(0);
    expect(typeof arf.attributes.x).toBe('number');
  });

  it('ingest: the name ARCHITECTURE.md gives the build step runs build', async () => {
    const out = join(tempDir('atlas-build-'), 'graph.json');
    const { out: lines } = capture();
    expect(await runCli(['ingest', '--out', out])).toBe(EXIT.ok);
    expect(lines.join('\n')).toMatch(/^atlas build: \d+ nodes, \d+ relationships → /);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes.length).toBeGreaterThan(0);
  });

  it.each([
    ['build', ['build']],
    ['export', ['export', '--format', 'json']],
  ])('%s: an output that cannot be written is one line naming it, exit 73', async (_name, args) => {
    const dir = tempDir('atlas-out-');
    const aFile = join(dir, 'a-file');
    writeFileSync(aFile, 'x');
    for (const [out, reason] of [
      [dir, /cannot write .*atlas-out-.*: it is a directory/],
      [join(aFile, 'graph.json'), /cannot write .*a-file\/graph\.json: a part of the path is a file/],
    ] as const) {
      const { err } = capture();
      expect(await runCli([...args, '--out', out])).toBe(EXIT.cannotWrite);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(reason);
      expect(err[0]).not.toMatch(/\n\s+at /);
      vi.restoreAllMocks();
    }
  });

  it('unknown command or option: exit 2', async () => {
    capture();
    expect(await runCli(['frobnicate'])).toBe(EXIT.usage);
    expect(await runCli(['validate', '--nope'])).toBe(EXIT.usage);
  });

  it('--help: exit 0', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runCli(['--help'])).toBe(EXIT.ok);
  });

  it("stats --help names every count it prints, the documents' too (as the README does)", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    expect(await runCli(['stats', '--help'])).toBe(EXIT.ok);
    expect(written.join('').replace(/\s+/g, ' ')).toMatch(/modality, kind and each document's commitments/);
  });

  it('--version: the package version, exit 0', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    expect(await runCli(['--version'])).toBe(EXIT.ok);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(written.join('')).toBe(`${version}\n`);
  });

  it('a reader that stops early (`atlas query … | head`) ends it quietly, not with an EPIPE stack trace', async () => {
    const child = spawn('node', ['bin/atlas.mjs', 'query', 'commitments-by-modality', '--param', 'modality=will'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed before the CLI has started: its first write to stdout meets a closed pipe, every time.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
  });

  it('runs as the package binary with the right exit codes', () => {
    expect(execFileSync('node', ['bin/atlas.mjs', 'validate'], { encoding: 'utf8' })).toMatch(/is valid/);
    const dir = tempDir('atlas-empty-');
    mkdirSync(join(dir, 'sources'));
    const result = spawnSync('node', ['bin/atlas.mjs', 'validate', '--data', dir], { encoding: 'utf8' });
    expect(result.status).toBe(EXIT.invalidData);
    expect(result.stderr).toMatch(/a data folder holds sources\/\*\.md and gazetteer\.yaml/);
  });
});

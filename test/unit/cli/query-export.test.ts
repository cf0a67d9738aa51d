/** `atlas query` and `atlas export`: output, files and exit codes (run in-process on the memory store of graph-data/). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '@/lib/cli/exit-codes';
import { runCli } from '@/lib/cli/main';
import { formatCell, formatTable } from '@/lib/cli/table';
import { realGraph } from '../../support/data';
import { tempDir } from '../../support/temp';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  // Commander writes usage errors straight to stderr.
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('atlas query', () => {
  it('--json: the answer as the API gives it', async () => {
    const { out } = capture();
    expect(await runCli(['query', 'actions-for-forum', '--param', 'forum=arf', '--json'])).toBe(EXIT.ok);
    const result = JSON.parse(out.join('\n'));
    expect(result.columns).toEqual([
      'action',
      'label',
      'commitments',
      'commitmentIds',
      'mentions',
      'curatedCommitmentIds',
    ]);
    expect(result.rows.map((row: unknown[]) => row[1])).toEqual([
      'Partnership in Cyberspace',
      'International Cooperation on Cyber Terrorism and Cyber Crimes',
    ]);
  });

  it('prints a table by default, several --param options', async () => {
    const { out } = capture();
    expect(await runCli(['query', 'shortest-path', '-p', 'from=arf', '-p', 'to=sco'])).toBe(EXIT.ok);
    const text = out.join('\n');
    expect(text.split('\n')[0]).toMatch(/^step\s+id\s+label\s+type\s+edge\s+basis\s+note$/);
    expect(text).toMatch(/Shanghai Cooperation Organization/);
    expect(text).toMatch(/\d+ rows$/);
  });

  it('lists the queries without a name', async () => {
    const { out } = capture();
    expect(await runCli(['query'])).toBe(EXIT.ok);
    expect(out.join('\n')).toMatch(/neighborhood: .*\n\s+id \(node, required\)/);
  });

  it.each([
    [['query', 'no-such-query'], /unknown query "no-such-query"/],
    [['query', 'actions-for-forum'], /invalid parameter "forum": required/],
    [
      ['query', 'neighborhood', '--param', 'id=arf', '--param', 'depth=7'],
      /invalid parameter "depth": must be at most 3/,
    ],
    [
      ['query', 'actions-for-forum', '--param', 'forum=arf', '--param', 'colour=red'],
      /invalid parameter "colour": unknown parameter/,
    ],
    [['query', 'actions-for-forum', '--param', 'forum=no-such-forum'], /unknown forum "no-such-forum"/],
    [['query', 'actions-for-forum', '--param', 'forum'], /expected key=value/],
    [['query', 'actions-for-forum', '--param', 'forum=arf', '--param', 'forum=sco'], /"forum" given twice/],
  ])('%j → exit 2 naming the problem', async (argv, message) => {
    const { err } = capture();
    expect(await runCli(argv)).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(message);
  });
});

describe('atlas export', () => {
  const dir = tempDir('atlas-export-');
  // The counts come from the committed sources, so curating a new fact does not break this test.
  const { order, size } = realGraph().graph;

  it('gexf: a file graphology-gexf reads back whole', async () => {
    const { out } = capture();
    const file = join(dir, 'graph.gexf');
    expect(await runCli(['export', '--format', 'gexf', '--out', file])).toBe(EXIT.ok);
    expect(out.join('\n')).toMatch(
      new RegExp(`atlas export: ${order} nodes, ${size} relationships → .*graph\\.gexf \\(gexf, \\d+ kB`),
    );
    const graph = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'));
    expect([graph.order, graph.size]).toEqual([order, size]);
  });

  it.runIf(process.platform === 'linux')(
    'to a device or pipe: the summary goes to stderr, not into the data',
    async () => {
      const { out, err } = capture();
      expect(await runCli(['export', '--format', 'json', '--out', '/dev/null'])).toBe(EXIT.ok);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(/^atlas export: \d+ nodes, \d+ relationships → \/dev\/null \(json/);
    },
  );

  it('graphml, csv (both parts) and json', async () => {
    capture();
    for (const [format, extra, check] of [
      ['graphml', [], (body: string) => expect(XMLValidator.validate(body)).toBe(true)],
      ['csv', ['--part', 'nodes'], (body: string) => expect(body.split('\r\n')[0]).toMatch(/^id,label,type,/)],
      ['csv', [], (body: string) => expect(body.split('\r\n')[0]).toMatch(/^id,source,target,relation,/)],
      ['json', [], (body: string) => expect(JSON.parse(body).nodes).toHaveLength(order)],
    ] as const) {
      const file = join(dir, `out-${format}-${extra.length}`);
      expect(await runCli(['export', '--format', format, ...extra, '--out', file]), format).toBe(EXIT.ok);
      check(readFileSync(file, 'utf8'));
    }
  });

  it('reads --format and --part in any case, as the API does', async () => {
    capture();
    const file = join(dir, 'out-upper.csv');
    expect(await runCli(['export', '--format', 'CSV', '--part', 'Nodes', '--out', file])).toBe(EXIT.ok);
    expect(readFileSync(file, 'utf8').split('\r\n')[0]).toMatch(/^id,label,type,/);
  });

  it.each([
    [['export', '--format', 'xml', '--out', '/tmp/never-written'], /Allowed choices are gexf, graphml, csv, json/],
    [['export', '--format', 'gexf'], /required option '-o, --out <file>'/],
    [['export', '--out', '/tmp/never-written'], /required option '-f, --format <format>'/],
    [['export', '--format', 'csv', '--part', 'all', '--out', '/tmp/never-written'], /Allowed choices are edges, nodes/],
    // The API answers 400 with these words; the CLI must not quietly write the whole graph instead.
    [
      ['export', '--format', 'json', '--part', 'nodes', '--out', join(dir, 'never.json')],
      /"--part": only applies to format=csv/,
    ],
    [
      ['export', '--format', 'gexf', '--part', 'edges', '--out', join(dir, 'never.gexf')],
      /"--part": only applies to format=csv/,
    ],
    [['export', '--format', 'json', '--out', ''], /option '-o, --out <file>' argument '' is invalid/],
    [['export', '--format', 'json', '--data', '', '--out', join(dir, 'never.json')], /'-d, --data <dir>' argument ''/],
  ])('%j → exit 2, nothing written', async (argv, message) => {
    const { err } = capture();
    expect(await runCli(argv)).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(message);
    expect(existsSync(join(dir, 'never.json')) || existsSync(join(dir, 'never.gexf'))).toBe(false);
  });
});

describe('terminal tables', () => {
  it('aligns columns, right-aligns numbers, joins lists and cuts long cells', () => {
    const table = formatTable(
      ['id', 'n', 'list'],
      [
        ['a', 1, ['x', 'y']],
        ['bb', 10, []],
      ],
    );
    expect(table.split('\n')).toEqual(['id   n  list', '──  ──  ────', 'a    1  x, y', 'bb  10']);
    expect(formatCell('x'.repeat(100))).toHaveLength(60);
    expect(formatCell(null)).toBe('');
  });
});

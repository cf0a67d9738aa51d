/**
 * npm run bench
 * =============
 * Runs every benchmark, each as a ratio against a baseline measured in the same run (a noisy two-core machine
 * makes absolute numbers meaningless), prints the table, writes bench/results.json and refreshes the README's
 * Performance table. `--quick` shortens every run (a smoke test, not numbers to quote); `--only a,b` picks groups
 * (ingest, api, first-frame, query, loader).
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { buildApp, ensureCurrentBuild } from '../scripts/app-build.mjs';
import { cleanEnv, ROOT, startAppServer } from '../scripts/app-server';
import { benchApi } from './api';
import { benchIngest } from './ingest';
import { benchLoader } from './loader';
import { benchMentions } from './mentions';
import { benchQuery } from './query';
import { formatTable, machine, meets, updateReadme, type BenchRow } from './support';

const GROUPS = ['ingest', 'api', 'first-frame', 'query', 'loader'] as const;

/** Measures the checkout as it is: an existing build is reused only when built from these very sources. */
function ensureBuild(): void {
  if (process.env.ATLAS_BENCH_REBUILD === '1') buildApp(ROOT, { env: cleanEnv({}), origin: 'bench' });
  else ensureCurrentBuild(ROOT, { env: cleanEnv({}), origin: 'bench' });
}

async function main(): Promise<void> {
  const program = new Command('bench')
    .option('--quick', 'short runs (smoke test)')
    .option('--only <groups>', `comma-separated groups: ${GROUPS.join(', ')}`)
    .option('--no-readme', 'do not rewrite the README table')
    .parse();
  const options = program.opts<{ quick?: boolean; only?: string; readme: boolean }>();
  const quick = Boolean(options.quick);
  const only = options.only ? options.only.split(',') : [...GROUPS];
  const unknown = only.filter((group) => !(GROUPS as readonly string[]).includes(group));
  if (unknown.length > 0)
    throw new Error(`bench: unknown group(s) ${unknown.join(', ')} (groups: ${GROUPS.join(', ')})`);

  console.log(`bench: ${machine()}${quick ? ' (quick)' : ''}`);
  const rows: BenchRow[] = [];
  const run = async (group: string, fn: () => Promise<BenchRow[]>) => {
    if (!only.includes(group)) return;
    const started = performance.now();
    console.log(`bench: ${group}…`);
    const produced = await fn();
    rows.push(...produced);
    // Kept as each group ends, so a failure in a later group does not lose the finished ones.
    writeFileSync('bench/results.partial.json', `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`bench: ${group} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    for (const r of produced)
      console.log(`  ${r.name}: ours ${r.ours} ${r.unit}, baseline ${r.baseline} ${r.unit}, ratio ${r.ratio}`);
  };

  await run('ingest', async () => [...(await benchIngest(quick)), ...benchMentions(quick)]);
  if (only.some((group) => group === 'api' || group === 'first-frame')) ensureBuild();
  await run('api', async () => {
    const app = await startAppServer({ ATLAS_BACKEND: 'memory' });
    try {
      return await benchApi(app.baseURL, quick);
    } finally {
      await app.stop();
    }
  });
  await run('first-frame', async () => {
    const { benchFirstFrame } = await import('./first-frame');
    return benchFirstFrame({
      quick,
      appBaseURL: (order?: number) =>
        startAppServer(
          order ? { ATLAS_BACKEND: 'memory', ATLAS_SYNTHETIC_ORDER: String(order) } : { ATLAS_BACKEND: 'memory' },
        ),
    });
  });
  await run('query', () => benchQuery(quick));
  await run('loader', () => benchLoader(quick));

  const ordered = [...rows].sort((a, b) => rows.indexOf(a) - rows.indexOf(b));
  console.log(`\n${formatTable(ordered)}\n`);
  const missed = ordered.filter((r) => meets(r) === false).map((r) => r.name);
  if (missed.length > 0) console.log(`bench: targets missed: ${missed.join(', ')}`);
  if (!quick && only.length === GROUPS.length) {
    writeFileSync('bench/results.json', `${JSON.stringify(ordered, null, 2)}\n`);
    if (options.readme) updateReadme(ordered, new Date());
    console.log('bench: wrote bench/results.json and the README Performance table');
  } else {
    writeFileSync('bench/results.partial.json', `${JSON.stringify(ordered, null, 2)}\n`);
    console.log(
      'bench: partial or quick run: wrote bench/results.partial.json (bench/results.json is only written by a full run)',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

/**
 * First-frame benchmark, standalone
 * =================================
 * Runs bench/first-frame.ts on its own, to measure one change at a time: builds the app when there is no current build
 * (or with --build), then lets the benchmark start `next start` (memory backend; ATLAS_SYNTHETIC_ORDER for the 10k
 * row) through scripts/app-server.ts, which serves the checkout this file lives in. `npm run bench` does the same
 * through bench/run.ts, with every other benchmark.
 *
 *   npx tsx bench/first-frame.main.ts [--quick] [--build]
 */
import { parseArgs } from 'node:util';
import { buildApp, ensureCurrentBuild } from '../scripts/app-build.mjs';
import { cleanEnv, ROOT, startAppServer } from '../scripts/app-server';
import { benchFirstFrame } from './first-frame';
import { formatTable } from './support';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, build: { type: 'boolean', default: false } },
});

if (values.build) buildApp(ROOT, { env: cleanEnv({}), origin: 'bench/first-frame' });
else ensureCurrentBuild(ROOT, { env: cleanEnv({}), origin: 'bench/first-frame' });
const rows = await benchFirstFrame({
  quick: values.quick,
  appBaseURL: (order) =>
    startAppServer(
      order ? { ATLAS_BACKEND: 'memory', ATLAS_SYNTHETIC_ORDER: String(order) } : { ATLAS_BACKEND: 'memory' },
    ),
});
console.log(formatTable(rows));
for (const r of rows) console.log(`- ${r.name}: ${r.note ?? ''}`);

/**
 * npm test
 * ========
 * Runs the three Vitest projects one after the other (unit, then integration against a real Neo4j, then the
 * browser tests against the built app): on two cores, Neo4j, Next and Chromium side by side only make every
 * timing worse. Every project runs even if an earlier one failed; the exit code is non-zero if any failed.
 * Extra arguments go to every project (e.g. `npm test -- --reporter=dot`).
 */
import { spawnSync } from 'node:child_process';

const projects = (process.env.ATLAS_TEST_PROJECTS ?? 'unit,integration,e2e').split(',').filter(Boolean);
const vitest = 'node_modules/vitest/vitest.mjs';
const failed = [];
for (const project of projects) {
  console.log(`\n=== npm test: ${project} ===\n`);
  const result = spawnSync(process.execPath, [vitest, 'run', '--project', project, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) failed.push(`${project} (exit ${result.status ?? result.signal})`);
}
if (failed.length > 0) {
  console.error(`\nnpm test: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nnpm test: all projects passed (${projects.join(', ')})`);

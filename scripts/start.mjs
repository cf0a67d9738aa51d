/**
 * npm start
 * =========
 * Serves the production app on PORT (default 3000), building it first when no build exists, so that
 * `npm ci && npm start` works on a fresh clone. The server is scripts/serve.mjs: Next's own request handler behind a
 * guard for the HTTP methods Next cannot answer.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const nextBin = 'node_modules/next/dist/bin/next';
if (!existsSync('.next/BUILD_ID')) {
  console.log('scripts/start: no production build yet; running `next build` once (about a minute)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The server reads PORT itself, so that a bad value is refused as PORT's (exit 2), not as a --port flag.
const server = spawn(process.execPath, ['scripts/serve.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

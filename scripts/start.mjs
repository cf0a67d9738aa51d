/**
 * npm start
 * =========
 * Serves the production app on PORT (default 3000), building it first when there is no build or the sources changed
 * since the last one (scripts/app-build.mjs), so that `npm ci && npm start` works on a fresh clone and never serves
 * an app older than its checkout. The server is scripts/serve.mjs: Next's own request handler behind a
 * guard for the HTTP methods Next cannot answer.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureCurrentBuild } from './app-build.mjs';

try {
  ensureCurrentBuild(fileURLToPath(new URL('../', import.meta.url)), { origin: 'scripts/start' });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
// The server reads PORT itself, so that a bad value is refused as PORT's (exit 2), not as a --port flag.
const server = spawn(process.execPath, ['scripts/serve.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/**
 * Production app servers for tests and benchmarks
 * ===============================================
 * Starts the production server (scripts/serve.mjs, what `npm start` runs) from the existing build on a free port with a chosen environment (memory or Neo4j backend),
 * waits until /api/health answers, keeps the server's output (for failure messages and the no-secrets check) and
 * stops it. Used by the e2e global setup, specs that need their own server (outage) and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './neo4j/ports';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const NEXT_BIN = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));
/** What `npm start` runs: Next's handler behind the method guard. */
export const SERVE_SCRIPT = fileURLToPath(new URL('./serve.mjs', import.meta.url));
const HEALTH_TIMEOUT_MS = 90_000;

/** The parent's environment without Neo4j settings, backend choice or NODE_ENV (Vitest sets it to "test"). */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !key.startsWith('NEO4J_') && !key.startsWith('ATLAS_') && key !== 'NODE_ENV',
  );
  return { ...Object.fromEntries(inherited), NEXT_TELEMETRY_DISABLED: '1', ...extra } as unknown as NodeJS.ProcessEnv;
}

/** Waits for /api/health; `acceptDown` also accepts a 503 answer (a Neo4j-backed app whose database is away). */
export async function waitForHealth(baseURL: string, child?: ChildProcess, acceptDown = false): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`test/e2e: the app server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok || (acceptDown && response.status === 503)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`test/e2e: ${baseURL}/api/health did not answer within ${HEALTH_TIMEOUT_MS} ms (${last})`);
}

export interface AppServer {
  baseURL: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns the production server on a free port with `env` (the environment cleaned), keeping what it prints. */
export async function spawnAppServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: cleanEnv({ ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, port, output: () => output };
}

export async function startAppServer(env: Record<string, string>, { acceptDown = false } = {}): Promise<AppServer> {
  const { child, port, output: printed } = await spawnAppServer(env);
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(baseURL, child, acceptDown);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${printed().slice(-4000)}`,
    );
  }
  return { baseURL, output: printed, stop };
}

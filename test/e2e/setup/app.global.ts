/**
 * E2E app server
 * ==============
 * Vitest global setup for the e2e project: builds the app (`next build`), starts `next start` on a free port on
 * the embedded memory store (NEO4J_* and ATLAS_BACKEND are not inherited, so a developer's Neo4j settings never
 * leak into the browser tests), waits for /api/health and provides the base URL to the specs. With
 * ATLAS_E2E_BASE_URL set it only checks that server and provides it. ATLAS_E2E_SKIP_BUILD=1 reuses an existing
 * build (for quick local reruns).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const nextBin = fileURLToPath(new URL('../../../node_modules/next/dist/bin/next', import.meta.url));
const HEALTH_TIMEOUT_MS = 90_000;

function serverEnv(port: number): NodeJS.ProcessEnv {
  // Vitest sets NODE_ENV=test; Next must build and serve in production mode, so NODE_ENV is dropped too.
  const inherited = Object.entries(process.env).filter(
    ([key]) => !key.startsWith('NEO4J_') && key !== 'ATLAS_BACKEND' && key !== 'NODE_ENV',
  );
  const env = {
    ...Object.fromEntries(inherited),
    NEXT_TELEMETRY_DISABLED: '1',
    ATLAS_BACKEND: 'memory',
    PORT: String(port),
  };
  // Next's types declare NODE_ENV required on ProcessEnv; leaving it out is the point here.
  return env as unknown as NodeJS.ProcessEnv;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('test/e2e/setup: no free port')),
      );
    });
  });
}

async function waitForHealth(baseURL: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`test/e2e/setup: next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`test/e2e/setup: ${baseURL}/api/health did not answer within ${HEALTH_TIMEOUT_MS} ms (${last})`);
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.ATLAS_E2E_BASE_URL?.replace(/\/+$/, '');
  if (given) {
    await waitForHealth(given);
    project.provide('baseURL', given);
    return undefined;
  }

  const port = await freePort();
  const env = serverEnv(port);
  const reuse = process.env.ATLAS_E2E_SKIP_BUILD === '1' && existsSync(`${root}.next/BUILD_ID`);
  if (!reuse) {
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`test/e2e/setup: next build failed (exit ${build.status ?? build.signal})`);
  }

  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseURL, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${output}`);
  }
  project.provide('baseURL', baseURL);

  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
}

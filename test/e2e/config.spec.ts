/**
 * Start-up configuration
 * ======================
 * The production server refuses to start on an invalid environment, naming the variable, rather than serving
 * "Ready" and a 500 on every request.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SERVE_SCRIPT, cleanEnv } from '@/scripts/app-server';
import { freePort } from '@/scripts/neo4j/ports';

/** Starts the production server with `env` and returns its exit code and output (killed after a minute). */
async function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: cleanEnv({ ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
  clearTimeout(timer);
  return { code, output };
}

describe('the production server with an invalid environment', () => {
  it('exits with code 2 and says which variable is wrong', async () => {
    const { code, output } = await startWith({ NEO4J_URI: 'notauri', ATLAS_CYPHER_TIMEOUT_MS: 'abc' });
    expect(code, output).toBe(2);
    expect(output).toMatch(/NEO4J_URI: must be a Bolt URI/);
    expect(output).toMatch(/ATLAS_CYPHER_TIMEOUT_MS/);
    expect(output).toMatch(/did not start/);
  }, 90_000);

  it('exits with code 2 when the data folder of the embedded graph is not there', async () => {
    const { code, output } = await startWith({ ATLAS_DATA_DIR: '/no/such/atlas-data' });
    expect(code, output).toBe(2);
    expect(output).toMatch(/ATLAS_DATA_DIR: no data folder at "\/no\/such\/atlas-data"/);
    expect(output).not.toMatch(/ready on/);
  }, 90_000);
});

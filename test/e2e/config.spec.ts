/**
 * Start-up configuration
 * ======================
 * The production server refuses to start on an invalid environment, naming the variable, rather than serving
 * "Ready" and a 500 on every request.
 */
import { describe, expect, it } from 'vitest';
import { spawnAppServer } from '@/scripts/app-server';

/** Starts the production server with `env` and returns its exit code and output (killed after a minute). */
async function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, output } = await spawnAppServer(env);
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (exit) => resolve(exit)),
  );
  clearTimeout(timer);
  return { code, output: output() };
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

/**
 * The CLI under a given environment
 * =================================
 * A fresh CLI per call: lib/config keeps the first environment it parses for the life of the process, so each run
 * resets the modules, stubs the variables (NEO4J_URI and ATLAS_BACKEND blank unless given, so a developer's own do
 * not leak in) and collects what the CLI wrote to stderr. Files using it restore the stubs after each test.
 */
import { afterEach, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

export async function runCliWithEnv(env: Record<string, string>, argv: string[]) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ NEO4J_URI: '', ATLAS_BACKEND: '', ...env })) vi.stubEnv(name, value);
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  const { runCli } = await import('@/lib/cli/main');
  return { code: await runCli(argv), err };
}

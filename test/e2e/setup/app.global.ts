/**
 * E2E app server
 * ==============
 * Vitest global setup for the e2e project: builds the app (`next build`), starts `next start` on a free port on
 * the embedded memory store (NEO4J_* and ATLAS_BACKEND are not inherited, so a developer's Neo4j settings never
 * leak into the browser tests), waits for /api/health and provides the base URL to the specs. With
 * ATLAS_E2E_BASE_URL set it only checks that server and provides it. ATLAS_E2E_SKIP_BUILD=1 reuses the existing
 * build when it was made from the current sources (for quick local reruns).
 */
import type { TestProject } from 'vitest/node';
import { buildApp, ensureCurrentBuild } from '../../../scripts/app-build.mjs';
import { cleanEnv, ROOT, startAppServer, waitForHealth } from '../../../scripts/app-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.ATLAS_E2E_BASE_URL?.replace(/\/+$/, '');
  if (given) {
    await waitForHealth(given);
    project.provide('baseURL', given);
    return undefined;
  }

  // Always a fresh build by default; ATLAS_E2E_SKIP_BUILD=1 still rebuilds when the sources changed since.
  if (process.env.ATLAS_E2E_SKIP_BUILD === '1')
    ensureCurrentBuild(ROOT, { env: cleanEnv({}), origin: 'test/e2e/setup' });
  else buildApp(ROOT, { env: cleanEnv({}), origin: 'test/e2e/setup' });
  // The browser tests run on the embedded memory store: a developer's Neo4j settings never leak in.
  const server = await startAppServer({ ATLAS_BACKEND: 'memory' });
  project.provide('baseURL', server.baseURL);
  return () => server.stop();
}

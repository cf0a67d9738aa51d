/**
 * Server start-up check
 * =====================
 * Run once by instrumentation.ts when the Node server starts: the environment is validated here, so a bad
 * NEO4J_URI or ATLAS_* value stops `npm start` with the variable's name and the reason (exit code 2), instead of a
 * server that says "Ready" and then fails every request. On the memory backend the data folder must be a folder:
 * one that is missing is a typo in ATLAS_DATA_DIR (or a server started from the wrong directory), not bad data, which
 * the app reports per request so that it can be fixed while the server runs. Node only (process.exit), hence its own
 * module.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, parseConfig, type AtlasConfig } from './config';

/** Whether `path` is a folder (missing or unreadable: not one). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Throws ConfigError when the memory backend's data folder is not a folder. */
export function checkDataFolder(settings: AtlasConfig, cwd = process.cwd()): void {
  if (settings.backend !== 'memory' || settings.syntheticOrder !== undefined) return;
  // The folder is the user's, known only at run time: nothing for the build to trace (it traced the whole project).
  const folder = resolve(/* turbopackIgnore: true */ cwd, settings.dataDir);
  if (!isFolder(folder)) {
    throw new ConfigError(
      `lib/config: ATLAS_DATA_DIR: no data folder at "${folder}" (the embedded graph is built from it; unset ATLAS_DATA_DIR for graph-data, or start from the project folder)`,
    );
  }
}

export function checkEnvironmentOrExit(): void {
  try {
    checkDataFolder(parseConfig());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nStrategy Atlas did not start: fix the environment and start it again.`);
    process.exit(2);
  }
}

/**
 * Server start-up check
 * =====================
 * Run once by instrumentation.ts when the Node server starts: the environment is validated here, so a bad
 * NEO4J_URI or ATLAS_* value stops `npm start` with the variable's name and the reason (exit code 2), instead of a
 * server that says "Ready" and then fails every request. Node only (process.exit), hence its own module.
 */
import { ConfigError, parseConfig } from './config';

export function checkEnvironmentOrExit(): void {
  try {
    parseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nStrategy Atlas did not start: fix the environment and start it again.`);
    process.exit(2);
  }
}

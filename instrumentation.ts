/**
 * Server start-up check
 * =====================
 * Next calls `register` once when the server starts. The environment is validated here, so a bad NEO4J_URI or
 * ATLAS_* value stops `npm start` with the variable's name and the reason, instead of a server that says "Ready"
 * and then fails every request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { ConfigError, parseConfig } = await import('./lib/config');
  try {
    parseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nStrategy Atlas did not start: fix the environment and start it again.`);
    process.exit(2);
  }
}

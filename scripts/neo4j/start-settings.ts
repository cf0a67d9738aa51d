/**
 * What `npm run neo4j:start` reads from the environment
 * =====================================================
 * NEO4J_PORT and NEO4J_PASSWORD, checked before a JVM is spent on them: a password Neo4j would refuse (under its
 * minimum of 8 characters) otherwise ends a start of several seconds in a 30-line Java stack trace whose one useful
 * line is its last. Blank is unset, as in lib/config.
 */

const ORIGIN = 'scripts/neo4j: ';
/** Neo4j's default `dbms.security.auth_minimum_password_length`, which the launcher does not change. */
export const MIN_PASSWORD_LENGTH = 8;
export const DEFAULT_BOLT_PORT = 7687;

export interface StartSettings {
  port: number;
  /** undefined: auth off. */
  password: string | undefined;
}

export class StartSettingsError extends Error {}

export function startSettings(env: Readonly<Record<string, string | undefined>>): StartSettings {
  const portText = env.NEO4J_PORT?.trim() || undefined;
  const port = portText === undefined ? DEFAULT_BOLT_PORT : Number(portText);
  if (!/^\d+$/.test(portText ?? '7687') || port < 1 || port > 65535) {
    throw new StartSettingsError(`${ORIGIN}NEO4J_PORT must be a port number (1–65535), got "${env.NEO4J_PORT}"`);
  }
  const password = env.NEO4J_PASSWORD || undefined;
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    // The password itself is never echoed.
    throw new StartSettingsError(
      `${ORIGIN}NEO4J_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters (Neo4j refuses shorter ones); unset it to start with auth off`,
    );
  }
  return { port, password };
}

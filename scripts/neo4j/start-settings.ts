/**
 * What `npm run neo4j:start` reads from the environment
 * =====================================================
 * NEO4J_PORT, NEO4J_PASSWORD, ATLAS_NEO4J_HEAP and ATLAS_NEO4J_PAGECACHE, checked before a JVM is spent on them: a
 * password Neo4j would refuse (under its minimum of 8 characters) otherwise ends a start of several seconds in a
 * 30-line Java stack trace whose one useful line is its last, and a size the JVM or Neo4j cannot read ("lots") in
 * "Invalid initial heap size: -Xmslots", which names neither the variable nor the form it takes. Blank is unset, as
 * in lib/config.
 */

const ORIGIN = 'scripts/neo4j: ';
/** Neo4j's default `dbms.security.auth_minimum_password_length`, which the launcher does not change. */
export const MIN_PASSWORD_LENGTH = 8;
export const DEFAULT_BOLT_PORT = 7687;
/**
 * A size both the JVM (`-Xmx1g`) and Neo4j's byte units (`256m`, `512MiB`) read: a whole number and an optional
 * unit. The JVM takes no "b"/"ib" suffix, so the heap takes the bare unit only.
 */
const HEAP_SIZE = /^\d+[kmgt]?$/i;
const PAGE_CACHE_SIZE = /^\d+\s*(?:[kmgt](?:i?b)?|b)?$/i;

export interface StartSettings {
  port: number;
  /** undefined: auth off. */
  password: string | undefined;
  /** JVM heap, e.g. "1g"; undefined: the launcher's default. */
  heap?: string;
  /** Neo4j page cache, e.g. "256m"; undefined: the launcher's default. */
  pageCache?: string;
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
  const heap = size(env, 'ATLAS_NEO4J_HEAP', HEAP_SIZE, '1g or 512m');
  const pageCache = size(env, 'ATLAS_NEO4J_PAGECACHE', PAGE_CACHE_SIZE, '256m or 1g');
  return { port, password, ...(heap ? { heap } : {}), ...(pageCache ? { pageCache } : {}) };
}

function size(env: Readonly<Record<string, string | undefined>>, name: string, form: RegExp, example: string) {
  const text = env[name]?.trim() || undefined;
  if (text !== undefined && !form.test(text)) {
    throw new StartSettingsError(
      `${ORIGIN}${name} must be a size: a whole number with an optional unit k, m, g or t, such as ${example}; got "${env[name]}"`,
    );
  }
  return text;
}

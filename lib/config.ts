/**
 * Configuration
 * =============
 * The environment, validated once with zod. Secrets (the Neo4j password) are read here and nowhere else, and
 * never appear in an error message or a log line.
 */
import { z } from 'zod';

/**
 * A whole number from the environment. One message for every way it can be wrong ("abc", "1.5", "0"), naming the
 * rule: zod's own ("expected number, received NaN" for "abc") names neither the rule nor what was given. Digits
 * only: JavaScript's Number() also reads "0x10" as 16 and "1e3" as 1000, which the CLI's options (--batch-size,
 * --synthetic) and neo4j:start's NEO4J_PORT refuse, and a hex timeout is more likely a slip than meant.
 */
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => {
  const error =
    max === Number.MAX_SAFE_INTEGER
      ? `must be a whole number of at least ${min}`
      : `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error })
    .transform(Number)
    .pipe(z.number().int({ error }).min(min, { error }).max(max, { error }));
};
const positiveInt = (fallback: number) => wholeNumber(1).default(fallback);
/** Values that may hold a secret (a password, or one written into a URI) are never echoed in a message. */
const SECRET_VARIABLES = new Set(['NEO4J_PASSWORD', 'NEO4J_URI']);

/**
 * What the pattern above lets through and the driver would misread: a port that is no number ("…:notaport" connected
 * to 7687 without a word) and a user and password written into the URI, which the driver ignores (the login then
 * failed as "refused the credentials", with no hint where the password goes). Never echoes the URI.
 */
function checkBoltAddress(uri: string, context: z.RefinementCtx): void {
  let address: URL;
  try {
    address = new URL(uri);
  } catch {
    context.addIssue({
      code: 'custom',
      message: 'must be a Bolt URI such as bolt://127.0.0.1:7687 (host, then a port number)',
    });
    return;
  }
  if (!address.hostname) context.addIssue({ code: 'custom', message: 'names no host (bolt://<host>:<port>)' });
  if (address.username || address.password) {
    context.addIssue({
      code: 'custom',
      message: 'must not hold a user or password: give them in NEO4J_USERNAME and NEO4J_PASSWORD',
    });
  }
}

const envSchema = z.object({
  ATLAS_BACKEND: z.enum(['memory', 'neo4j'], { error: 'must be memory or neo4j' }).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a Bolt URI such as bolt://127.0.0.1:7687 or neo4j+s://…')
    .superRefine(checkBoltAddress)
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  ATLAS_DATA_DIR: z.string().min(1).default('graph-data'),
  /** Benchmarks only: serve a generated graph of this many nodes instead of the data folder (memory backend). */
  ATLAS_SYNTHETIC_ORDER: wholeNumber(20, 1_000_000).optional(),
  /** Limits on user-supplied Cypher (POST /api/cypher). */
  ATLAS_CYPHER_TIMEOUT_MS: positiveInt(5000),
  ATLAS_CYPHER_ROW_CAP: positiveInt(1000),
  ATLAS_CYPHER_MAX_LENGTH: positiveInt(10000),
  /** The console's answer stops before its rows pass this many characters of JSON (one row can hold a 16 MB string). */
  ATLAS_CYPHER_MAX_ANSWER_CHARS: wholeNumber(1000).default(16_000_000),
  /** Console queries one app process lets run at once (a query past its timeout holds its slot until Neo4j ends it). */
  ATLAS_CYPHER_MAX_CONCURRENT: positiveInt(2),
  /** How long a request waits for Neo4j before answering 503. */
  ATLAS_NEO4J_CONNECT_TIMEOUT_MS: positiveInt(1500),
});

/** The environment is invalid: the message says which variable and why (and never echoes a secret). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface AtlasConfig {
  backend: 'memory' | 'neo4j';
  dataDir: string;
  syntheticOrder?: number;
  neo4j?: { uri: string; username: string; password?: string; database: string; connectTimeoutMs: number };
  cypher: { timeoutMs: number; rowCap: number; maxLength: number; maxConcurrent: number; maxAnswerChars: number };
}

export function parseConfig(env: Record<string, string | undefined> = process.env): AtlasConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => {
        const name = issue.path.join('.');
        const given = SECRET_VARIABLES.has(name) ? '' : `, got "${blanksRemoved[name]}"`;
        return `${name}: ${issue.message}${given}`;
      })
      .join('; ');
    throw new ConfigError(`lib/config: invalid environment: ${problems}`);
  }
  const e = parsed.data;
  const backend = e.ATLAS_BACKEND ?? (e.NEO4J_URI ? 'neo4j' : 'memory');
  if (backend === 'neo4j' && !e.NEO4J_URI) {
    throw new ConfigError(
      'lib/config: ATLAS_BACKEND=neo4j needs NEO4J_URI (e.g. bolt://127.0.0.1:7687; `npm run neo4j:start` runs one)',
    );
  }
  return {
    backend,
    dataDir: e.ATLAS_DATA_DIR,
    syntheticOrder: e.ATLAS_SYNTHETIC_ORDER,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          username: e.NEO4J_USERNAME,
          password: e.NEO4J_PASSWORD,
          database: e.NEO4J_DATABASE,
          connectTimeoutMs: e.ATLAS_NEO4J_CONNECT_TIMEOUT_MS,
        }
      : undefined,
    cypher: {
      timeoutMs: e.ATLAS_CYPHER_TIMEOUT_MS,
      rowCap: e.ATLAS_CYPHER_ROW_CAP,
      maxLength: e.ATLAS_CYPHER_MAX_LENGTH,
      maxConcurrent: e.ATLAS_CYPHER_MAX_CONCURRENT,
      maxAnswerChars: e.ATLAS_CYPHER_MAX_ANSWER_CHARS,
    },
  };
}

let cached: AtlasConfig | undefined;

/** The process's configuration, parsed on first use. */
export function config(): AtlasConfig {
  cached ??= parseConfig();
  return cached;
}

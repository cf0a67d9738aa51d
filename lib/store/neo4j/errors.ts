/**
 * Neo4j error mapping
 * ===================
 * Driver and server errors become the atlas's domain errors (lib/store/errors), by Neo4jError code, so routes and
 * the CLI never inspect driver internals. Messages never include credentials, and an unavailable Neo4j is
 * reported without the driver's own text (hosts, TLS advice: API bodies show it): that stays on the error's
 * `cause`, which lib/http logs. The driver's own timeouts (no connection to be had) are an outage, not a slow query.
 * A console query over Neo4j's transaction memory limit is the query's doing: a 400 saying so, not "unavailable".
 */
import { Neo4jError } from 'neo4j-driver';
import { InvalidInputError, isAtlasError, QueryTimeoutError, StoreUnavailableError } from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Neo4j's answer to a query over `dbms.memory.transaction.total.max`: Neo4j is up, the query asked too much. */
const MEMORY_LIMIT = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
/** The Cypher console's origin: only its queries are the user's own (the app's reads are sized by the atlas). */
const CONSOLE_ORIGIN = 'cypher';
/** The driver's words when it gets no connection at all (its errors carry no server code). */
const DRIVER_CONNECTION = /^Connection acquisition timed out|^Connection establishment timed out|^Failed to connect/;

/** Neo4j is down or cannot be reached: a short, user-facing message; the driver's error as its cause. */
export function unavailable(origin: string, cause: unknown): StoreUnavailableError {
  // Worded for the app and the CLI alike (both read NEO4J_URI); the app tries again on the next request.
  const error = new StoreUnavailableError(`${origin}: Neo4j is unavailable at the configured NEO4J_URI`);
  error.cause = cause;
  return error;
}

export function mapNeo4jError(error: unknown, origin = 'lib/store/neo4j'): Error {
  if (isAtlasError(error)) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (
      /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|socket hang up|Connection was closed|Pool is closed|connect/i.test(
        message,
      )
    ) {
      return unavailable(origin, error);
    }
    return error instanceof Error ? error : new Error(message);
  }
  const code = error.code ?? '';
  const first = (error.message ?? '').split('\n')[0];
  if (code === MEMORY_LIMIT && origin === CONSOLE_ORIGIN) {
    return new InvalidInputError(
      `${origin}: refused: the query needs more memory than Neo4j allows a transaction; return less (LIMIT, count(), size())`,
      'query',
    );
  }
  // "Connection acquisition timed out in 2000 ms": the pool had no connection to give (Neo4j not answering),
  // not a query stopped by its time limit.
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General') || DRIVER_CONNECTION.test(first ?? '')) {
    return unavailable(origin, error);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(
      `${origin}: Neo4j refused the credentials (check NEO4J_USERNAME / NEO4J_PASSWORD)`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`${origin}: Neo4j has no such database (check NEO4J_DATABASE)`);
  }
  if (TIMEOUT.has(code) || /terminated|timed out/i.test(first ?? '')) {
    return new QueryTimeoutError(`${origin}: the query was stopped by the time limit`);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.Forbidden')) {
    return new InvalidInputError(`${origin}: refused: the query writes, and this connection is read-only`, 'query');
  }
  if (
    code.startsWith('Neo.ClientError.Statement') ||
    code.startsWith('Neo.ClientError.Procedure') ||
    code.startsWith('Neo.ClientError.Schema')
  ) {
    return new InvalidInputError(`${origin}: ${first}`, 'query');
  }
  return new Error(`${origin}: ${code} ${first}`);
}

/**
 * Neo4j error mapping: the statuses that are easy to get wrong. The driver's "Connection acquisition timed out"
 * (Neo4j up but not answering, its connections all stuck) once read as a query stopped by its time limit (504);
 * it is an outage (503). A console query over Neo4j's transaction memory limit once read as an outage (503,
 * "Neo4j is unavailable", while Neo4j was fine); it is the query's doing (400).
 */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapNeo4jError } from '@/lib/store/neo4j/errors';

const driverError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error');

describe('mapNeo4jError', () => {
  it('maps the driver finding no connection to 503, not to the query time limit', () => {
    for (const message of [
      'Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 1, Idle conn count = 0.',
      'Connection establishment timed out after 1500 ms',
    ]) {
      const error = mapNeo4jError(driverError(message), 'nodes');
      expect(error).toMatchObject({ status: 503, message: 'nodes: Neo4j is unavailable at the configured NEO4J_URI' });
    }
  });

  it('maps a server-side timeout to 504 as before', () => {
    const error = mapNeo4jError(
      driverError('The transaction has been terminated.', 'Neo.ClientError.Transaction.TransactionTimedOut'),
    );
    expect(error).toMatchObject({ status: 504 });
  });

  it("maps a console query over Neo4j's memory limit to 400 saying why; the app's own reads stay 503", () => {
    const memory = () =>
      driverError(
        'The allocation of an extra 131.8 MiB would use more than the limit 716.8 MiB. dbms.memory.transaction.total.max threshold reached',
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      );
    expect(mapNeo4jError(memory(), 'cypher')).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^cypher: refused: the query needs more memory than Neo4j allows/),
    });
    expect(mapNeo4jError(memory())).toMatchObject({ status: 503 });
  });
});

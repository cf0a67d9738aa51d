/**
 * Answer deadline
 * ===============
 * Bounds how long a read waits for Neo4j. The driver's timeouts cover connecting and waiting for a pooled
 * connection, but not a connection already taken whose server stops answering (a hung or paused Neo4j, a network
 * that drops packets): without this, /api/health never answered. Past the deadline the read is an outage (503);
 * the stuck request is left to finish or fail on its own.
 */
import { unavailable } from './errors';

export async function withinDeadline<T>(work: Promise<T>, ms: number, origin = 'lib/store/neo4j'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(unavailable(origin, new Error(`no answer from Neo4j within ${ms} ms`))), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
    // The work may still fail after the deadline: that failure has been answered for already.
    work.catch(() => undefined);
  }
}

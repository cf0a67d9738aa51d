/**
 * Bolt readiness
 * ==============
 * Decides that a Neo4j is up by completing a real driver handshake, auth included, rather than by the port being
 * open: Neo4j binds Bolt before it can serve a session, and a wrong password only shows at the handshake.
 */
import neo4j from 'neo4j-driver';
import { sleep } from './process-utils';

/** How long a start (and waitForBolt) gives Neo4j, spawn to handshake, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** Waits until Bolt on uri completes a handshake (auth included); true, or the reason it did not. */
export async function waitForBolt(
  uri: string,
  { password, timeoutMs = DEFAULT_TIMEOUT_MS }: { password?: string; timeoutMs?: number } = {},
): Promise<true | string> {
  return verifyBolt(uri, password, performance.now() + timeoutMs, () => true);
}

/** Retries until the driver completes a handshake (auth included) or the deadline passes; returns true or why not. */
export async function verifyBolt(
  uri: string,
  password: string | undefined,
  deadline: number,
  alive: () => boolean,
): Promise<true | string> {
  for (;;) {
    // A server with auth disabled accepts any basic token, so one token shape serves both modes.
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password ?? ''), {
      connectionTimeout: 5_000,
      maxConnectionPoolSize: 1,
      userAgent: 'strategy-atlas-scripts/neo4j',
    });
    let last: string;
    try {
      await driver.verifyConnectivity();
      return true;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
      // Wrong credentials will not improve with time; the caller set them, so say so now.
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized')
        return `authentication refused: ${last}`;
    } finally {
      await driver.close();
    }
    if (performance.now() >= deadline || !alive()) return last;
    await sleep(250);
  }
}

/**
 * Port probes
 * ===========
 * Picking a free port for a throw-away instance and checking that a fixed one is free, both on 127.0.0.1 where
 * the launcher binds Bolt.
 */
import { createServer } from 'node:net';

const ORIGIN = 'scripts/neo4j: ';

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it; the caller binds it right away). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error(`${ORIGIN}could not pick a free port`))));
    });
  });
}

export function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

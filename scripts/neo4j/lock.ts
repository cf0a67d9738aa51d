/**
 * Provisioning lock
 * =================
 * Keeps two processes (a test run and `npm run neo4j:start`, say) from filling the same cache at once, and frees
 * the cache again when a holder dies without unlocking.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive } from './process-utils';

const ORIGIN = 'scripts/neo4j: ';

/** A lock folder shared by processes (mkdir is atomic); a holder that died leaves a pid we can see is gone. */
export async function acquireLock(lock: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
    if (holder && !isAlive(holder)) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${ORIGIN}another provisioning (pid ${holder || '?'}) holds ${lock} for too long`);
    await new Promise((wake) => setTimeout(wake, 500));
  }
}

/**
 * The loader's write loop without a database: each group's parameters are packed while the group before it is
 * still being written, a failed transaction stops the writes with its error, and rows are reported on commit. The
 * writes themselves are tested against Neo4j in test/integration/store.
 */
import type { Session } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { writeGroups, type WritableBatch } from '@/lib/store/neo4j/load-writes';

/** A session whose runs settle only when the test says so, recording what happened in order. */
function scriptedSession(events: string[]) {
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const session = {
    executeWrite: async (work: (tx: { run: (query: string) => Promise<void> }) => Promise<void>) => {
      await work({
        run: (query) => {
          events.push(`run ${query}`);
          return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
        },
      });
      events.push('commit');
    },
  } as unknown as Session;
  /** Settles the oldest pending run once it exists. */
  const settle = async (error?: Error) => {
    while (pending.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const run = pending.shift()!;
    if (error) run.reject(error);
    else run.resolve();
  };
  return { session, settle };
}

/** Resolves once `condition` holds, or fails the test after a few hundred macrotasks. */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 500; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('test: the condition never held');
}

const batch = (name: string, events: string[]): WritableBatch => ({
  size: 10,
  queries: { create: name, merge: `merge ${name}` },
  params: {},
  packRows: () => {
    events.push(`pack ${name}`);
    return {};
  },
});

describe('writeGroups', () => {
  it('packs the next group while the current one is written, and reports rows on commit', async () => {
    const events: string[] = [];
    const { session, settle } = scriptedSession(events);
    const written: number[] = [];
    const done = writeGroups(
      session,
      [[batch('a', events)], [batch('b', events), batch('c', events)]],
      'create',
      (rows) => written.push(rows),
    );
    // Run a stays unsettled until the writer has packed the next group: it never waits for a commit to pack.
    await until(() => events.includes('pack c'));
    await settle();
    await settle();
    await settle();
    await done;
    expect(events).toEqual(['pack a', 'run a', 'pack b', 'pack c', 'commit', 'run b', 'run c', 'commit']);
    expect(written).toEqual([10, 20]);
  });

  it('stops at a failed transaction with its error, writing nothing after it', async () => {
    const events: string[] = [];
    const { session, settle } = scriptedSession(events);
    const done = writeGroups(session, [[batch('a', events)], [batch('b', events)]], 'merge', () => undefined);
    await settle(new Error('Neo.TransientError.Transaction.Terminated'));
    await expect(done).rejects.toThrow('Terminated');
    expect(events).toEqual(['pack a', 'run merge a', 'pack b']);
  });
});

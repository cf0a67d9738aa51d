/**
 * Loader writes
 * =============
 * Runs a load's write transactions: batches grouped into transactions (small batches share one), each group's
 * parameters packed while Neo4j is still writing the group before it. Packing is client CPU (~3 s of a
 * --synthetic 100000 load) that would otherwise leave Neo4j idle between transactions.
 */
import type { Session } from 'neo4j-driver';
import type { WriteMode } from './load-statements';

/** What the writes need of a loader batch (see LoadBatch in ./loader). */
export interface WritableBatch {
  /** The batch's statement in each write mode. */
  queries: Record<WriteMode, string>;
  /** Rows in the batch. */
  size: number;
  /** The statement's other parameters (the load id, a node batch's labels). */
  params: Record<string, unknown>;
  /** The rows as the statement's column parameters; packed on demand, so a load holds two batches' at most. */
  packRows: () => Record<string, unknown>;
}

/** Everything a batch's statement takes. */
export function batchParameters(batch: WritableBatch): Record<string, unknown> {
  return { ...batch.params, ...batch.packRows() };
}

/**
 * Consecutive batches joined into transactions of up to `limit` rows: a small graph's many small per-type
 * batches then commit together (each commit measured ~15-50 ms here, most of a 2,000-node load's overhead),
 * while a big graph's full batches still commit one by one.
 */
export function transactionGroups<Batch extends { size: number }>(batches: readonly Batch[], limit: number): Batch[][] {
  const groups: Batch[][] = [];
  let current: Batch[] = [];
  let rows = 0;
  for (const batch of batches) {
    if (current.length > 0 && rows + batch.size > limit) {
      groups.push(current);
      current = [];
      rows = 0;
    }
    current.push(batch);
    rows += batch.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A macrotask later: every write the driver queued in microtasks (the RUN of a transaction) has reached the socket. */
const afterPendingWrites = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the groups taken from `queue` (shared by concurrent writers, each with its own session), one transaction
 * per group, calling `onWritten` with each group's rows once it has committed.
 */
export async function writeGroups(
  session: Session,
  queue: WritableBatch[][],
  mode: WriteMode,
  onWritten: (rows: number) => void,
): Promise<void> {
  let group = queue.shift();
  let params = group?.map(batchParameters);
  while (group && params) {
    const [current, currentParams] = [group, params];
    let lastSent!: () => void;
    const sent = new Promise<void>((resolve) => (lastSent = resolve));
    const written = session.executeWrite(async (tx) => {
      for (const [index, batch] of current.entries()) {
        const result = tx.run(batch.queries[mode], currentParams[index]);
        if (index === current.length - 1) lastSent();
        await result;
      }
    });
    // A failed transaction settles `written` first; the error then surfaces at `await written` below.
    await Promise.race([sent.then(afterPendingWrites), written.catch(() => undefined)]);
    group = queue.shift();
    params = group?.map(batchParameters);
    await written;
    onWritten(current.reduce((rows, batch) => rows + batch.size, 0));
  }
}

/**
 * Loader benchmarks
 * =================
 * `atlas load --synthetic N` throughput against Neo4j's own in-engine ceiling (the same counts created by
 * server-side Cypher, UNWIND … CALL {…} IN TRANSACTIONS, on an equally fresh database: two versions, see
 * ./ceiling), and against a loader that commits one transaction per row. Each side gets a fresh throw-away Neo4j
 * from scripts/neo4j.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startNeo4j, type Neo4jServer } from '../scripts/neo4j/server';
import { generateSyntheticGraph } from '../lib/graph/synthetic';
import type { KnowledgeGraph } from '../lib/graph/knowledge-graph';
import { createDriver } from '../lib/store/neo4j/driver';
import { batchParameters, loadGraph, planLoad } from '../lib/store/neo4j/loader';
import { constraintStatements, countsOnlyStatements, sameGraphStatements, type CeilingStatement } from './ceiling';
import { row, type BenchRow } from './support';

const DATABASE = 'neo4j';
/** Rounds of loader-vs-ceiling (each: our load, then each ceiling, each on a fresh Neo4j). */
const LOADER_ROUNDS = 3;

/** The run with the median value (the lower middle one for an even count). */
function medianBy<T>(runs: readonly T[], value: (run: T) => number): T {
  const sorted = [...runs].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function withFreshNeo4j<T>(label: string, fn: (driver: Driver) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), `atlas-bench-${label}-`));
  let server: Neo4jServer | undefined;
  let driver: Driver | undefined;
  try {
    server = await startNeo4j({ dataDir, heap: '3g', pageCache: '1g' });
    driver = createDriver(
      { uri: server.uri, username: 'neo4j', database: DATABASE, connectTimeoutMs: 5000 },
      { purpose: 'load' },
    );
    return await fn(driver);
  } finally {
    await driver?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Items (nodes + relationships) per second of our loader on a fresh database: the whole load, and its writes.
 * Warm: after the JVM's warm-up (see warmUp), the median of three loads, each deleted before the next.
 */
async function ourThroughput(
  kg: KnowledgeGraph,
  { warm = false } = {},
): Promise<{ perSecond: number; seconds: number; writePerSecond: number; phases: string }> {
  return withFreshNeo4j('ours', async (driver) => {
    const load = () => loadGraph(driver, kg, { database: DATABASE });
    let result: Awaited<ReturnType<typeof loadGraph>>;
    if (warm) {
      await warmUp(driver, load);
      const runs = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await load());
        await deleteAll(driver);
      }
      result = runs.sort((a, b) => a.phases.writeMs - b.phases.writeMs)[1]!;
    } else {
      result = await load();
    }
    const seconds = result.ms / 1000;
    const items = result.nodes + result.relationships;
    const { setupMs, writeMs, cleanupMs } = result.phases;
    return {
      perSecond: items / seconds,
      seconds,
      writePerSecond: items / (writeMs / 1000),
      phases: `constraints ${(setupMs / 1000).toFixed(1)} s, writes ${(writeMs / 1000).toFixed(1)} s, cleanup ${(cleanupMs / 1000).toFixed(1)} s`,
    };
  });
}

/** Runs a ceiling's statements on a fresh database (see ./ceiling): its items per second, constraints included. */
async function ceilingThroughput(
  statements: readonly CeilingStatement[],
  items: number,
): Promise<{ perSecond: number; seconds: number }> {
  return withFreshNeo4j('ceiling', async (driver) => {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    const session = driver.session({ database: DATABASE });
    try {
      const started = performance.now();
      for (const { query, params } of statements) await session.run(query, params);
      const seconds = (performance.now() - started) / 1000;
      const counted = await session.run(
        `CALL () { MATCH (n:Atlas) RETURN count(n) AS nodes }
         CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
         RETURN nodes + relationships AS items`,
      );
      const created = counted.records[0]?.get('items').toNumber();
      if (created !== items) throw new Error(`bench/loader: the ceiling created ${created} items, not ${items}`);
      return { perSecond: items / seconds, seconds };
    } finally {
      await session.close();
    }
  });
}

/** Loads (each then deleted) before a warm measurement. */
const WARM_UP_LOADS = 6;

/**
 * Runs `load` WARM_UP_LOADS times, deleting what it wrote each time: the JVM's JIT and Neo4j's plan cache are then
 * warm for the same statements, so a small sample measures batching against per-row transactions, not a cold JVM.
 * Measured on the 2,000-node sample (writes, ms): 8428, 2301, 1266, 2157, 1104, 878, 776, 1321 and 7970, 2291,
 * 1383, 2186, 1592, 714, 842, 829: three loads left the median of the next three anywhere from 1.0 to 1.7 s.
 */
async function warmUp(driver: Driver, load: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < WARM_UP_LOADS; i++) {
    await load();
    await deleteAll(driver);
  }
}

async function deleteAll(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: DATABASE });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Neo4j's own ceiling for a small sample, warmed like our loader: the sample generated in the engine (the same
 * statements as loader-vs-ceiling, constraints created beforehand and not timed), run WARM_UP_LOADS times and
 * deleted, then the median of three. Where commits are cheap, this is how far above the per-row rate any loader
 * could get on the machine.
 */
async function warmCeilingThroughput(kg: KnowledgeGraph): Promise<number> {
  return withFreshNeo4j('ceiling-warm', async (driver) => {
    const session = driver.session({ database: DATABASE });
    try {
      const constraints = constraintStatements().length;
      const statements = sameGraphStatements(kg);
      for (const { query, params } of statements.slice(0, constraints)) await session.run(query, params);
      const generate = async () => {
        const started = performance.now();
        for (const { query, params } of statements.slice(constraints)) await session.run(query, params);
        return performance.now() - started;
      };
      for (let i = 0; i < WARM_UP_LOADS; i++) {
        await generate();
        await deleteAll(driver);
      }
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await generate());
        await deleteAll(driver);
      }
      return (kg.graph.order + kg.graph.size) / (medianBy(runs, (ms) => ms) / 1000);
    } finally {
      await session.close();
    }
  });
}

/**
 * One transaction per row (the naive loader), over the same statements as ours, compared on the writes
 * alone (constraints created beforehand on both sides). Its rate is the same for every row, so it runs for a time
 * budget rather than the hours a full per-row load of a big sample would take.
 */
async function perRowThroughput(kg: KnowledgeGraph, budgetMs: number): Promise<{ perSecond: number; rows: number }> {
  return withFreshNeo4j('per-row', async (driver) => {
    const plan = planLoad(kg, 1);
    for (const statement of plan.constraints) await driver.executeQuery(statement, {}, { database: DATABASE });
    // The same warm-up as ours: the same statements, run by batched loads that are then deleted. Like ours on
    // the emptied database, it then writes with the create-mode statements, one row per transaction.
    await warmUp(driver, () => loadGraph(driver, kg, { database: DATABASE }));
    const started = performance.now();
    let rows = 0;
    for (const batch of plan.batches) {
      await driver.executeQuery(batch.queries.create, batchParameters(batch), { database: DATABASE });
      rows++;
      if (performance.now() - started > budgetMs) break;
    }
    return { perSecond: rows / ((performance.now() - started) / 1000), rows };
  });
}

export async function benchLoader(quick: boolean): Promise<BenchRow[]> {
  const order = quick ? 20_000 : 100_000;
  const kg = generateSyntheticGraph(order);
  const items = kg.graph.order + kg.graph.size;
  // Alternating rounds, the median of each side: one pair of loads varied by half on this machine (the ceiling
  // took 15.5 s in one run and 23.4 s in another), and alternation spreads the machine's noise over both sides.
  type Run = { seconds: number; perSecond: number };
  const oursRuns: Array<Awaited<ReturnType<typeof ourThroughput>>> = [];
  const sameGraphRuns: Run[] = [];
  const countsOnlyRuns: Run[] = [];
  const sameGraph = sameGraphStatements(kg);
  const countsOnly = countsOnlyStatements(kg.graph.order, kg.graph.size);
  for (let round = 0; round < (quick ? 1 : LOADER_ROUNDS); round++) {
    oursRuns.push(await ourThroughput(kg));
    sameGraphRuns.push(await ceilingThroughput(sameGraph, items));
    countsOnlyRuns.push(await ceilingThroughput(countsOnly, items));
  }
  const ours = medianBy(oursRuns, (run) => run.seconds);
  const spread = (runs: Array<{ seconds: number }>) => runs.map((run) => run.seconds.toFixed(1)).join(', ');
  const versus = (runs: Run[], what: string) => {
    const ceiling = medianBy(runs, (run) => run.seconds);
    return {
      ours: ours.perSecond,
      baseline: ceiling.perSecond,
      unit: 'items/s',
      better: 'higher' as const,
      target: 0.5,
      note: `--synthetic ${order}: ${items} nodes+relationships, median of ${oursRuns.length} alternating rounds: ours ${ours.seconds.toFixed(1)} s (${ours.phases}; runs ${spread(oursRuns)} s), ceiling ${ceiling.seconds.toFixed(1)} s (runs ${spread(runs)} s): ${what}`,
    };
  };

  const sample = generateSyntheticGraph(2000);
  const oursSample = await ourThroughput(sample, { warm: true });
  const perRow = await perRowThroughput(sample, quick ? 5_000 : 20_000);
  const sampleCeiling = await warmCeilingThroughput(sample);
  return [
    row({
      name: 'loader-vs-ceiling',
      ...versus(
        sameGraphRuns,
        'the same counts per node and relationship type, with the labels and property keys ours stores (bench/ceiling.ts)',
      ),
    }),
    row({
      name: 'loader-vs-ceiling-counts-only',
      ...versus(countsOnlyRuns, 'the same counts with 7 and 2 small properties per node and relationship'),
    }),
    row({
      name: 'loader-vs-per-row',
      ours: oursSample.writePerSecond,
      baseline: perRow.perSecond,
      unit: 'items/s',
      better: 'higher',
      target: 100,
      note: `2,000-node synthetic sample (${sample.graph.order + sample.graph.size} items) on a warmed database (each side loaded it ${WARM_UP_LOADS} times and deleted it), write phase: our batches, median of 3 loads (${oursSample.phases}) vs one transaction per row (rate over its first ${perRow.rows} rows); Neo4j's in-engine ceiling for the same sample, warmed alike: ${Math.round(sampleCeiling)} items/s, ${(sampleCeiling / perRow.perSecond).toFixed(0)}× the per-row rate (ours: ${(oursSample.writePerSecond / sampleCeiling).toFixed(2)} of it)`,
    }),
  ];
}

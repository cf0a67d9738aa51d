/**
 * Query benchmark
 * ===============
 * A named query through the Neo4j store as the app runs it (validation, driver, value conversion, result shaping)
 * against Neo4j's own time for it (resultAvailableAfter + resultConsumedAfter): the median over warm runs of the
 * client wall time divided by the server time shows what our side adds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type ResultSummary } from 'neo4j-driver';
import { parseConfig } from '../lib/config';
import { startNeo4j } from '../scripts/neo4j/server';
import { assignLayout } from '../lib/graph/layout';
import { buildKnowledgeGraph } from '../lib/ingest/build';
import { readInputs } from '../lib/ingest/read';
import { runNamedQueryCypher } from '../lib/queries/registry';
import { createDriver } from '../lib/store/neo4j/driver';
import { loadGraph } from '../lib/store/neo4j/loader';
import { Neo4jStore } from '../lib/store/neo4j/store';
import { median, row, type BenchRow } from './support';

const QUERY = { name: 'actions-for-forum', params: { forum: 'arf' } };

export async function benchQuery(quick: boolean): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-query-'));
  const server = await startNeo4j({ dataDir });
  const settings = { uri: server.uri, username: 'neo4j', database: 'neo4j', connectTimeoutMs: 5000 };
  const store = new Neo4jStore(settings, parseConfig({}).cypher);
  try {
    const loader = createDriver(settings, { purpose: 'load' });
    const kg = buildKnowledgeGraph(readInputs('graph-data'));
    assignLayout(kg.graph);
    await loadGraph(loader, kg, { database: 'neo4j' });
    await loader.close();

    const runs = quick ? 50 : 200;
    const client: number[] = [];
    const serverSide: number[] = [];
    for (let i = 0; i < runs + 20; i++) {
      let summary: ResultSummary | undefined;
      const started = performance.now();
      await runNamedQueryCypher(QUERY.name, QUERY.params, (query, params) =>
        store.read(query, params, (s) => (summary = s)),
      );
      const wall = performance.now() - started;
      if (i < 20 || !summary) continue; // warm-up: plan cache, JIT, connection pool
      client.push(wall);
      serverSide.push(
        neo4j.integer.toNumber(summary.resultAvailableAfter) + neo4j.integer.toNumber(summary.resultConsumedAfter),
      );
    }
    const ours = median(client);
    // Neo4j reports whole milliseconds; a sub-millisecond query reports 0, which would make any ratio infinite.
    const baseline = Math.max(median(serverSide), 1);
    return [
      row({
        name: 'query-client-vs-server',
        ours,
        baseline,
        unit: 'ms',
        better: 'lower',
        target: 3,
        note: `${QUERY.name}?forum=arf through the Neo4j store, median of ${runs} warm runs; Neo4j's own time is reported in whole ms (floor 1)`,
      }),
    ];
  } finally {
    await store.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The loader: idempotent, removes what disappeared only after the new load is written, writes the same graph
 * into an empty database (CREATE) as over existing data (MERGE), and every lookup is backed by the id constraint
 * (no label scan in any plan). Dataset: graph-data/ and generated synthetic graphs.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '@/lib/store/neo4j/driver';
import { batchParameters, planLoad } from '@/lib/store/neo4j/loader';
import { RELATION_TYPES } from '@/lib/graph/schema';
import { STORE_FORMAT } from '@/lib/store/neo4j/format';
import { documentGraph, loadInto, neo4jSettings, openStore } from '../support/neo4j';

const driver = createDriver(neo4jSettings(), { purpose: 'load' });
const database = neo4jSettings().database;

async function counts() {
  const { records } = await driver.executeQuery(
    'MATCH (n:Atlas) WITH count(n) AS nodes CALL () { MATCH (:Atlas)-[r]->(:Atlas) RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database },
  );
  return {
    nodes: neo4j.integer.toNumber(records[0]!.get('nodes')),
    relationships: neo4j.integer.toNumber(records[0]!.get('rels')),
  };
}

async function ids(): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (n:Atlas) RETURN n.id AS id ORDER BY id', {}, { database });
  return records.map((r) => r.get('id') as string);
}

/** Every atlas node and relationship with its labels and properties, in a stable order. */
async function storedGraph() {
  const nodes = await driver.executeQuery(
    'MATCH (n:Atlas) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    'MATCH (a:Atlas)-[r]->(b:Atlas) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY a, type, b',
    {},
    { database },
  );
  return {
    nodes: nodes.records.map((r) => ({ ...r.toObject(), labels: [...(r.get('labels') as string[])].sort() })),
    relationships: relationships.records.map((r) => r.toObject()),
  };
}

beforeAll(async () => {
  await loadInto(documentGraph());
});
afterAll(async () => driver.close());

describe('atlas loader', () => {
  it('loads the document graph with the counts of the build, and a second load changes nothing', async () => {
    const kg = documentGraph();
    const first = await loadInto(kg);
    const after1 = await counts();
    expect(after1).toEqual({ nodes: kg.graph.order, relationships: kg.graph.size });
    const second = await loadInto(kg);
    expect(second.loadId).toBe(first.loadId);
    expect(second.removedNodes + second.removedRelationships).toBe(0);
    expect(await counts()).toEqual(after1);
  });

  it('removes nodes and relationships that disappeared from the sources', async () => {
    const kg = documentGraph();
    kg.graph.dropNode('icann');
    const result = await loadInto(kg);
    expect(result.removedNodes).toBe(1);
    expect(await counts()).toEqual({ nodes: kg.graph.order, relationships: kg.graph.size });
    expect(await ids()).not.toContain('icann');
    await loadInto(documentGraph());
    expect(await ids()).toContain('icann');
  });

  it('relabels a node whose type changed', async () => {
    const kg = documentGraph();
    kg.graph.setNodeAttribute('arf', 'type', 'organization');
    await loadInto(kg);
    const labels = async () =>
      (
        await driver.executeQuery("MATCH (n:Atlas {id: 'arf'}) RETURN labels(n) AS labels", {}, { database })
      ).records[0]!.get('labels') as string[];
    expect((await labels()).sort()).toEqual(['Actor', 'Atlas', 'Organization']);
    await loadInto(documentGraph());
    expect((await labels()).sort()).toEqual(['Actor', 'Atlas', 'Forum']);
  });

  it('writes into an empty database with CREATE and over existing data with MERGE, storing the same graph', async () => {
    const kg = documentGraph();
    await loadInto(kg); // over the data loaded before: merge
    const merged = await storedGraph();
    await driver.executeQuery('MATCH (n:Atlas) DETACH DELETE n', {}, { database });
    const created = await loadInto(kg);
    expect(created.mode).toBe('create');
    expect(await storedGraph()).toEqual(merged);
    const again = await loadInto(kg);
    expect(again.mode).toBe('merge');
    expect(again.removedNodes + again.removedRelationships).toBe(0);
    expect(await storedGraph()).toEqual(merged);
    // A big load's statements (one per relationship type) store the same graph, in both modes.
    const perTypeMerge = await loadInto(kg, { sharedRelationshipMax: 0 });
    expect(perTypeMerge.removedNodes + perTypeMerge.removedRelationships).toBe(0);
    expect(await storedGraph()).toEqual(merged);
    await driver.executeQuery('MATCH (n:Atlas) DETACH DELETE n', {}, { database });
    expect((await loadInto(kg, { sharedRelationshipMax: 0 })).mode).toBe('create');
    expect(await storedGraph()).toEqual(merged);
  });

  it.each([
    ['one relationship statement (a small load)', undefined],
    ['a relationship statement per type (a big load)', 0],
  ])('backs every lookup with the id constraint, %s: no label or all-nodes scan in any plan', async (_, max) => {
    const plan = planLoad(documentGraph(), undefined, { sharedRelationshipMax: max });
    // One batch per statement (the node statement, the relationship statements), in both write modes.
    const byStatement = new Map(plan.batches.map((batch) => [batch.queries.merge, batch]));
    expect([...byStatement.values()].filter((batch) => batch.kind === 'nodes')).toHaveLength(1);
    expect([...byStatement.values()].filter((batch) => batch.kind === 'relationships')).toHaveLength(
      max === 0 ? RELATION_TYPES.length : 1,
    );
    expect(new Set(plan.batches.map((batch) => batch.type))).toEqual(
      new Set([...plan.batches.filter((b) => b.kind === 'nodes').map((b) => b.type), ...RELATION_TYPES]),
    );
    const explained = [...byStatement.values()].flatMap((batch) =>
      (['merge', 'create'] as const).map((mode) => ({ mode, batch, query: batch.queries[mode] })),
    );
    for (const { mode, batch, query } of explained) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, batchParameters(batch), { database });
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType);
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.join(' '), query).not.toMatch(
        /NodeByLabelScan|AllNodesScan|UndirectedRelationshipTypeScan|DirectedRelationshipTypeScan/,
      );
      // A node CREATE looks nothing up; every other statement finds its nodes through the constraint's index.
      if (!(mode === 'create' && batch.kind === 'nodes'))
        expect(operators.join(' '), query).toMatch(/NodeUniqueIndexSeek/);
    }
  });

  it('creates the uniqueness constraint on :Atlas(id)', async () => {
    const { records } = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *',
      {},
      { database },
    );
    expect(records.map((r) => r.toObject())).toContainEqual(
      expect.objectContaining({ labelsOrTypes: ['Atlas'], properties: ['id'], type: 'UNIQUENESS' }),
    );
  });

  it('marks the data with its format, and the store refuses data an older loader wrote until it is loaded again', async () => {
    await loadInto(documentGraph());
    const meta = await driver.executeQuery(
      "MATCH (m:AtlasMeta {id: 'atlas'}) RETURN m.format AS format",
      {},
      { database },
    );
    expect(neo4j.integer.toNumber(meta.records[0]!.get('format'))).toBe(STORE_FORMAT);

    // What a database loaded before the format marker (and before commitments had `modalities`) looks like.
    await driver.executeQuery("MATCH (m:AtlasMeta {id: 'atlas'}) REMOVE m.format", {}, { database });
    const store = openStore();
    try {
      for (const read of [() => store.stats(), () => store.graph(), () => store.search('ARF', 5)]) {
        await expect(read()).rejects.toMatchObject({
          status: 503,
          message: expect.stringMatching(/older version.*load/),
        });
      }
      await loadInto(documentGraph());
      expect((await store.stats()).nodes).toBe(documentGraph().graph.order);
      expect((await store.search('ARF', 5))[0]?.id).toBe('arf');
    } finally {
      await store.close();
    }
  });
});

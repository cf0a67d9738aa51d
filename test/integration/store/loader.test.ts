/**
 * The loader: idempotent, removes what disappeared only after the new load is written, and every MERGE is
 * backed by the id constraint (no label scan in its plan). Dataset: graph-data/ and generated synthetic graphs.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '@/lib/store/neo4j/driver';
import { NODE_MERGE, planLoad, relationshipMergeQuery } from '@/lib/store/neo4j/loader';
import { RELATION_TYPES } from '@/lib/graph/schema';
import { documentGraph, loadInto, neo4jSettings } from '../support/neo4j';

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

  it('backs every MERGE with the id constraint: no label or all-nodes scan in any plan', async () => {
    const plan = planLoad(documentGraph());
    // One batch of each statement (the node statement, one per relationship type), cut to two rows.
    const statements = new Map(plan.batches.map((batch) => [batch.query, batch]));
    expect(statements.has(NODE_MERGE)).toBe(true);
    for (const type of RELATION_TYPES) expect(statements.has(relationshipMergeQuery(type)), type).toBe(true);
    const queries = [...statements.values()].map((batch) => ({
      query: batch.query,
      params: { ...batch.params, rows: batch.rows.slice(0, 2) },
    }));
    for (const { query, params } of queries) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, params, { database });
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType);
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.join(' '), query).not.toMatch(
        /NodeByLabelScan|AllNodesScan|UndirectedRelationshipTypeScan|DirectedRelationshipTypeScan/,
      );
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
});

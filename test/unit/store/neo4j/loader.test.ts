/**
 * Load planning without a database: batches per statement, the transactions they are grouped into, and the
 * columns every node batch shares. The writes themselves are tested against Neo4j in test/integration/store.
 */
import { describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '@/lib/graph/synthetic';
import { planLoad, transactionGroups, type LoadBatch } from '@/lib/store/neo4j/loader';
import { nodeFields, propertiesToNode, type NodeRow } from '@/lib/store/neo4j/records';

const batch = (size: number, type = 't'): LoadBatch => ({
  kind: 'nodes',
  type,
  size,
  queries: { merge: '', create: '' },
  params: {},
  packRows: () => ({}),
});

describe('transactionGroups', () => {
  it('joins consecutive small batches up to the row limit and keeps a full batch alone, in order', () => {
    const batches = [batch(3, 'a'), batch(4, 'b'), batch(5, 'c'), batch(10, 'd'), batch(1, 'e')];
    const groups = transactionGroups(batches, 10);
    expect(groups.map((group) => group.map((b) => b.type))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });
});

describe('planLoad', () => {
  it('cuts each type into batches of at most the batch size, all node batches sharing one statement', () => {
    const kg = generateSyntheticGraph(500);
    const plan = planLoad(kg, 100);
    expect(plan.batches.every((b) => b.size <= 100)).toBe(true);
    const nodeRows = plan.batches.filter((b) => b.kind === 'nodes').reduce((sum, b) => sum + b.size, 0);
    const relationshipRows = plan.batches.filter((b) => b.kind === 'relationships').reduce((s, b) => s + b.size, 0);
    expect({ nodeRows, relationshipRows }).toEqual({ nodeRows: kg.graph.order, relationshipRows: kg.graph.size });
    expect(new Set(plan.batches.filter((b) => b.kind === 'nodes').map((b) => b.queries.merge)).size).toBe(1);
    expect(plan.transactions).toBeLessThan(plan.batches.length);
  });

  it('writes every relationship type with one statement in a small load, with a statement per type in a big one', () => {
    const kg = generateSyntheticGraph(300);
    const statements = (plan: ReturnType<typeof planLoad>) =>
      new Set(plan.batches.filter((b) => b.kind === 'relationships').map((b) => b.queries.create));
    const types = new Set(
      planLoad(kg)
        .batches.filter((b) => b.kind === 'relationships')
        .map((b) => b.type),
    );
    expect(types.size).toBeGreaterThan(3);

    const small = planLoad(kg);
    expect(statements(small).size).toBe(1);
    expect([...statements(small)][0]).toMatch(/CREATE \(a\)-\[r:\$\(\$type\) \{/);
    for (const b of small.batches.filter((b) => b.kind === 'relationships')) expect(b.params.type).toBe(b.type);

    const big = planLoad(kg, undefined, { sharedRelationshipMax: kg.graph.size - 1 });
    expect(statements(big).size).toBe(types.size);
    for (const b of big.batches.filter((b) => b.kind === 'relationships')) {
      expect(b.queries.create).toContain(`[r:${b.type} {`);
      expect(b.params).not.toHaveProperty('type');
    }
  });

  it('packs a batch only when asked, with one parameter per column and the row count', () => {
    const plan = planLoad(generateSyntheticGraph(100), 1000);
    const first = plan.batches[0]!;
    const packed = first.packRows() as { columns: unknown[]; count: number };
    expect(packed.count).toBe(first.size);
    expect(packed.columns.length).toBeGreaterThan(5);
  });
});

describe('stored provenance', () => {
  it('stores provenance as JSON text, and none at all when empty; both read back as the same list', () => {
    const rows = [
      { id: 'a', attributes: { type: 'section', provenance: [] }, text: undefined },
      { id: 'b', attributes: { type: 'commitment', provenance: [{ quote: 'q', start: 0, end: 1 }] }, text: undefined },
    ] as unknown as NodeRow[];
    const field = nodeFields(rows).find((f) => f.key === 'provenanceJson');
    expect(field?.read(rows[0]!)).toBeUndefined();
    expect(field?.read(rows[1]!)).toBe('[{"quote":"q","start":0,"end":1}]');
    expect(propertiesToNode({ id: 'a', type: 'section' }).provenance).toEqual([]);
    expect(propertiesToNode({ id: 'b', type: 'commitment', provenanceJson: field?.read(rows[1]!) }).provenance).toEqual(
      [{ quote: 'q', start: 0, end: 1 }],
    );
  });

  it('creates with the properties in CREATE, and merges with SET', () => {
    const plan = planLoad(generateSyntheticGraph(200), undefined, { sharedRelationshipMax: 0 });
    const nodes = plan.batches.find((b) => b.kind === 'nodes')!;
    const relationships = plan.batches.find((b) => b.kind === 'relationships')!;
    expect(nodes.queries.create).toMatch(/CREATE \(n:\$\(\$labels\) \{.*`loadId`: \$loadId\}\)$/s);
    expect(nodes.queries.create).not.toMatch(/\bSET\b/);
    expect(relationships.queries.create).toMatch(/CREATE \(a\)-\[r:\w+ \{.*\}\]->\(b\)$/s);
    expect(nodes.queries.merge).toMatch(/MERGE \(n:Atlas \{id: c\d+\[i\]\}\)\nSET n = \{/);
    expect(relationships.queries.merge).toMatch(/MERGE \(a\)-\[r:\w+\]->\(b\)\nSET r = \{/);
  });
});

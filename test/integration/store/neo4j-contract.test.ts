/**
 * The Neo4j store against the store contract, and answer-for-answer against the memory store: every route's
 * question gives the same result on both backends. Dataset: graph-data/ (the 2017 strategy), loaded by the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMemoryStore } from '@/lib/store/memory';
import type { Neo4jStore } from '@/lib/store/neo4j/store';
import { CONTRACT_CALLS, storeContract } from '../../support/store-contract';
import { documentGraph, loadInto, openStore } from '../support/neo4j';

let store: Neo4jStore;
const memory = loadMemoryStore('graph-data');

beforeAll(async () => {
  await loadInto(documentGraph());
  store = openStore();
});
afterAll(async () => store?.close());

storeContract('neo4j', () => store);

describe('neo4j and memory stores agree', () => {
  it.each(CONTRACT_CALLS.map(([name, call]) => [name, call] as const))('%s', async (_name, call) => {
    const [fromNeo4j, fromMemory] = await Promise.all([call(store), call(memory)]);
    expect(fromNeo4j).toEqual(fromMemory);
  });

  it("serialises commitments byte for byte alike (GET /api/commitments, a document's ranges), keys in the same order", async () => {
    for (const filter of [{}, { q: 'terror' }, { forum: 'sco' }]) {
      const [fromNeo4j, fromMemory] = await Promise.all([store.commitments(filter), memory.commitments(filter)]);
      expect(JSON.stringify(fromNeo4j)).toBe(JSON.stringify(fromMemory));
    }
    const [docNeo4j, docMemory] = await Promise.all([store.document('iscc-2017'), memory.document('iscc-2017')]);
    expect(JSON.stringify(docNeo4j?.commitments)).toBe(JSON.stringify(docMemory?.commitments));
  });

  it('serialises the graph and a node byte for byte alike (GET /api/graph, GET /api/nodes/:id), keys in the same order', async () => {
    const [graphNeo4j, graphMemory] = await Promise.all([store.graph(), memory.graph()]);
    expect(JSON.stringify(graphNeo4j)).toBe(JSON.stringify(graphMemory));
    for (const id of [
      'arf',
      'iscc-2017',
      'iscc-2017-ch4-3',
      'iscc-2017-ch4-3-s3',
      'action-partnership-in-cyberspace',
    ]) {
      const [nodeNeo4j, nodeMemory] = await Promise.all([store.node(id), memory.node(id)]);
      expect(JSON.stringify(nodeNeo4j)).toBe(JSON.stringify(nodeMemory));
    }
  });

  it('exports the same graph, provenance included', async () => {
    const sorted = (graph: Awaited<ReturnType<typeof store.exportGraph>>) => ({
      nodes: [...graph.nodes].sort((a, b) => a.key.localeCompare(b.key)),
      edges: [...graph.edges].sort((a, b) => String(a.key).localeCompare(String(b.key))),
    });
    expect(sorted(await store.exportGraph())).toEqual(sorted(await memory.exportGraph()));
  });

  it('reports its backend', () => {
    expect(store.backend).toBe('neo4j');
  });
});

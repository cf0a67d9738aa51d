/** The memory store against the store contract (the same cases run against Neo4j in test/integration). */
import { describe, expect, it } from 'vitest';
import { loadMemoryStore } from '@/lib/store/memory';
import { storeContract } from '../../support/store-contract';

const store = loadMemoryStore('graph-data');
storeContract('memory', () => store);

describe('memory store', () => {
  it('lays out deterministically: two loads give the same positions', async () => {
    const again = loadMemoryStore('graph-data');
    const [a, b] = await Promise.all([store.graph(), again.graph()]);
    expect(a.nodes.map((n) => [n.key, n.attributes?.x, n.attributes?.y])).toEqual(
      b.nodes.map((n) => [n.key, n.attributes?.x, n.attributes?.y]),
    );
  });

  it('reports its backend', () => {
    expect(store.backend).toBe('memory');
  });
});

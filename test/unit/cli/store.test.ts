/** CLI store: which store a command reads, and the note when a Neo4j database holds no atlas data. */
import { describe, expect, it } from 'vitest';
import { emptyStoreHint } from '@/lib/cli/store';

describe('emptyStoreHint', () => {
  it('says that nothing was loaded when Neo4j holds no atlas node, naming the command that fixes it', () => {
    expect(emptyStoreHint('export', 'neo4j', { nodes: 0, edges: 0 })).toBe(
      'atlas export: note: the Neo4j database holds no atlas data (nothing has been loaded into it): load it with `npm run atlas -- load` (same NEO4J_URI, NEO4J_DATABASE)',
    );
  });

  it('says nothing for a loaded database or for the memory store', () => {
    expect(emptyStoreHint('query', 'neo4j', { nodes: 228, edges: 542 })).toBeUndefined();
    expect(emptyStoreHint('query', 'memory', { nodes: 0, edges: 0 })).toBeUndefined();
  });
});

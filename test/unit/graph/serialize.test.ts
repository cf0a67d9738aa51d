/**
 * API serialisation: the same graph held in different orders (the memory store builds it in ingest order, Neo4j
 * hands it over in its own node, relationship and property order) is the same JSON from GET /api/graph and
 * GET /api/nodes/:id, byte for byte. Dataset: graph-data/ (the 2017 strategy).
 */
import { describe, expect, it } from 'vitest';
import { createAtlasGraph, type AtlasGraph } from '@/lib/graph/knowledge-graph';
import { nodeDetailAttributes, toApiGraph } from '@/lib/graph/serialize';
import { realGraph } from '../../support/data';

const reversed = <T extends object>(attributes: T): T => Object.fromEntries(Object.entries(attributes).reverse()) as T;

/** The same graph, nodes and edges added in reverse and each attribute object's names reversed. */
function reorderedCopy(graph: AtlasGraph): AtlasGraph {
  const copy = createAtlasGraph();
  for (const node of [...graph.nodes()].reverse()) copy.addNode(node, reversed(graph.getNodeAttributes(node)));
  for (const edge of [...graph.edges()].reverse())
    copy.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), reversed(graph.getEdgeAttributes(edge)));
  return copy;
}

describe('toApiGraph', () => {
  const graph = realGraph().graph;
  const api = toApiGraph(graph);

  it('is the same JSON whatever order the graph was built in', () => {
    expect(JSON.stringify(toApiGraph(reorderedCopy(graph)))).toBe(JSON.stringify(api));
  });

  it('lists nodes and edges by key in code-point order', () => {
    const nodeKeys = api.nodes.map((n) => n.key);
    const edgeKeys = api.edges.map((e) => String(e.key));
    expect(nodeKeys).toEqual([...nodeKeys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(edgeKeys).toEqual([...edgeKeys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('opens each node with id, label, type, aliases (the documented shape), and sends no provenance', () => {
    for (const { attributes } of api.nodes) {
      expect(Object.keys(attributes ?? {}).slice(0, 4)).toEqual(['id', 'label', 'type', 'aliases']);
      expect(attributes).not.toHaveProperty('provenance');
    }
  });
});

describe('nodeDetailAttributes', () => {
  it('names the attributes in one order whatever order the store holds them in', () => {
    const attributes = realGraph().graph.getNodeAttributes('iscc-2017-ch4-3-s3');
    const detail = nodeDetailAttributes(attributes);
    expect(JSON.stringify(nodeDetailAttributes(reversed(attributes)))).toBe(JSON.stringify(detail));
    expect(Object.keys(detail).slice(0, 4)).toEqual(['id', 'label', 'type', 'aliases']);
    expect(detail).not.toHaveProperty('x');
  });
});

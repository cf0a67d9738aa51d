/**
 * GEXF export
 * ===========
 * Through graphology-gexf's own writer (nothing hand-written here), GEXF 1.3: its 1.2 output declares a
 * malformed viz namespace URI, 1.3 does not. Attributes are flattened first (the writer would print provenance
 * objects as "[object Object]"); x, y, size and colour become viz data, and each edge is labelled with its
 * relationship type so Gephi can show it.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { flattenAttributes } from './flatten';

export function toGexf(serialized: SerializedGraph, graphAttributes: Record<string, unknown> = {}): string {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes(flattenAttributes({ ...serialized.attributes, ...graphAttributes }));
  for (const node of serialized.nodes) graph.addNode(node.key, flattenAttributes(node.attributes));
  serialized.edges.forEach((edge, index) => {
    const attributes = flattenAttributes(edge.attributes);
    const key = edge.key === undefined ? `e${index}` : String(edge.key);
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      ...attributes,
      ...(typeof attributes.type === 'string' ? { label: attributes.type } : {}),
    });
  });
  return write(graph, { version: '1.3', pretty: true });
}

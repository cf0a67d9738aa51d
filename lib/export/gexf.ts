/**
 * GEXF export
 * ===========
 * Through graphology-gexf's own writer (nothing hand-written here), GEXF 1.3: its 1.2 output declares a
 * malformed viz namespace URI, 1.3 does not. Attributes are flattened first (the writer would print provenance
 * objects as "[object Object]"); x, y, size and colour become viz data, and each edge is labelled with its
 * relationship type so Gephi can show it. Colours are written as r, g and b, never 1.3's `hex` alone, which the
 * writer picks for "#rrggbb": NetworkX's read_gexf (and GEXF 1.2 readers) need the channels and fail without them.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { flattenAttributes } from './flatten';

/** "#rrggbb" or "#rgb" as "rgb(r,g,b)", which graphology-gexf writes as r, g and b; anything else as it is. */
export function gexfColor(color: unknown): unknown {
  if (typeof color !== 'string') return color;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/** Flattened attributes, with a colour the way every GEXF reader takes it. */
function gexfAttributes(attributes: Record<string, unknown> | undefined): Record<string, unknown> {
  const flat: Record<string, unknown> = flattenAttributes(attributes);
  if ('color' in flat) flat.color = gexfColor(flat.color);
  return flat;
}

export function toGexf(serialized: SerializedGraph, graphAttributes: Record<string, unknown> = {}): string {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes(flattenAttributes({ ...serialized.attributes, ...graphAttributes }));
  for (const node of serialized.nodes) graph.addNode(node.key, gexfAttributes(node.attributes));
  serialized.edges.forEach((edge, index) => {
    const attributes = gexfAttributes(edge.attributes);
    const key = edge.key === undefined ? `e${index}` : String(edge.key);
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      ...attributes,
      ...(typeof attributes.type === 'string' ? { label: attributes.type } : {}),
    });
  });
  return write(graph, { version: '1.3', pretty: true });
}

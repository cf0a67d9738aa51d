/**
 * API serialisation
 * =================
 * The graph as GET /api/graph sends it: graphology's serialised form without the heavy provenance (fetched per
 * node or edge on demand). Both stores serialise through here, so the explorer sees one shape.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from './knowledge-graph';

const NODE_OMIT = new Set(['provenance']);
const EDGE_OMIT = new Set(['provenance', 'spans']);
const DETAIL_OMIT = new Set(['provenance', 'x', 'y', 'size', 'color']);

function without<T extends object>(attributes: T, omit: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([key, value]) => !omit.has(key) && value !== undefined));
}

export function toApiGraph(graph: AtlasGraph): SerializedGraph {
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes: without(attributes, NODE_OMIT) }));
  graph.forEachEdge((key, attributes, source, target) =>
    edges.push({ key, source, target, attributes: without(attributes, EDGE_OMIT) }),
  );
  return { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
}

/** A node's attributes for the details panel: no provenance (sent apart) and no layout. */
export function nodeDetailAttributes(attributes: NodeAttributes): Record<string, unknown> {
  return without(attributes, DETAIL_OMIT);
}

export function edgeDetailAttributes(attributes: EdgeAttributes): Record<string, unknown> {
  return without(attributes, EDGE_OMIT);
}

/**
 * API serialisation
 * =================
 * The graph as GET /api/graph sends it: graphology's serialised form without the heavy provenance (fetched per
 * node or edge on demand). Both stores serialise through here, so the explorer sees one shape, and in one order:
 * nodes by key, edges by key, attribute names as lib/graph/attribute-order puts them. The stores hold the graph in
 * different orders (ingest's, Neo4j's), and without this the same graph was different JSON (another ETag, another
 * drawing order among overlapping nodes) on each backend.
 */
import type { SerializedGraph } from 'graphology-types';
import { canonicalNames, compareCodePoints } from './attribute-order';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from './knowledge-graph';

const NODE_OMIT = new Set(['provenance']);
const EDGE_OMIT = new Set(['provenance', 'spans']);
const DETAIL_OMIT = new Set(['provenance', 'x', 'y', 'size', 'color']);

/** The attributes without `omit` and undefined values, names in canonical order. */
function without<T extends object>(attributes: T, omit: Set<string>): Record<string, unknown> {
  const record = attributes as Record<string, unknown>;
  return Object.fromEntries(
    canonicalNames(Object.keys(record))
      .filter((key) => !omit.has(key) && record[key] !== undefined)
      .map((key) => [key, record[key]]),
  );
}

export function toApiGraph(graph: AtlasGraph): SerializedGraph {
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes: without(attributes, NODE_OMIT) }));
  graph.forEachEdge((key, attributes, source, target) =>
    edges.push({ key, source, target, attributes: without(attributes, EDGE_OMIT) }),
  );
  // Edge keys are unique (type:source->target), so the key alone orders them.
  nodes.sort((a, b) => compareCodePoints(a.key, b.key));
  edges.sort((a, b) => compareCodePoints(String(a.key), String(b.key)));
  return { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
}

/** A node's attributes for the details panel: no provenance (sent apart) and no layout. */
export function nodeDetailAttributes(attributes: NodeAttributes): Record<string, unknown> {
  return without(attributes, DETAIL_OMIT);
}

export function edgeDetailAttributes(attributes: EdgeAttributes): Record<string, unknown> {
  return without(attributes, EDGE_OMIT);
}

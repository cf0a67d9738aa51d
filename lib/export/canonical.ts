/**
 * Canonical export order
 * ======================
 * The stores hand over the same graph in different orders (the memory store in insertion order, Neo4j in the order
 * its rows arrive, with properties in its own key order), so every export first puts the graph in one order: nodes
 * by key, edges by key (then source, target), and each attribute object's names id, label, type first, the rest in
 * code-point order, provenance last (lib/graph/attribute-order: the API's order too). Code-point comparison, never
 * the locale's collation, so the files are byte-identical on every machine and backend. Nested values (provenance entries, lists) keep their order: they
 * are written by one code path and travel to Neo4j as JSON text, so they already agree.
 */
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { canonicalAttributes } from '../graph/attribute-order';
import { compareText } from '../queries/order';

export { canonicalAttributes, canonicalNames } from '../graph/attribute-order';

function compareEdges(a: SerializedEdge, b: SerializedEdge): number {
  return (
    compareText(a.key === undefined ? '' : String(a.key), b.key === undefined ? '' : String(b.key)) ||
    compareText(String(a.source), String(b.source)) ||
    compareText(String(a.target), String(b.target))
  );
}

/** A copy of the graph in canonical order; the input is not changed. */
export function canonicalGraph(serialized: SerializedGraph): SerializedGraph {
  const nodes: SerializedNode[] = [...serialized.nodes]
    .sort((a, b) => compareText(String(a.key), String(b.key)))
    .map((node) => ({
      key: node.key,
      ...(node.attributes ? { attributes: canonicalAttributes(node.attributes) } : {}),
    }));
  const edges: SerializedEdge[] = [...serialized.edges].sort(compareEdges).map((edge) => ({
    ...(edge.key !== undefined ? { key: edge.key } : {}),
    source: edge.source,
    target: edge.target,
    ...(edge.attributes ? { attributes: canonicalAttributes(edge.attributes) } : {}),
    ...(edge.undirected !== undefined ? { undirected: edge.undirected } : {}),
  }));
  return {
    options: serialized.options,
    attributes: canonicalAttributes(serialized.attributes ?? {}),
    nodes,
    edges,
  };
}

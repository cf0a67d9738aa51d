/**
 * Canonical export order
 * ======================
 * The stores hand over the same graph in different orders (the memory store in insertion order, Neo4j in the order
 * its rows arrive, with properties in its own key order), so every export first puts the graph in one order: nodes
 * by key, edges by key (then source, target), and each attribute object's names id, label, type first, the rest in
 * code-point order, provenance last. Code-point comparison, never the locale's collation, so the files are
 * byte-identical on every machine and backend. Nested values (provenance entries, lists) keep their order: they
 * are written by one code path and travel to Neo4j as JSON text, so they already agree.
 */
import type { Attributes, SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { compareText } from '../queries/order';

const LEADING = ['id', 'label', 'type'];
const TRAILING = ['provenance'];

/** The attribute names in canonical order (only those present). */
export function canonicalNames(names: Iterable<string>): string[] {
  const all = new Set(names);
  const middle = [...all].filter((name) => !LEADING.includes(name) && !TRAILING.includes(name)).sort(compareText);
  return [...LEADING.filter((name) => all.has(name)), ...middle, ...TRAILING.filter((name) => all.has(name))];
}

export function canonicalAttributes<A extends Attributes>(attributes: A): A {
  return Object.fromEntries(canonicalNames(Object.keys(attributes)).map((name) => [name, attributes[name]])) as A;
}

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

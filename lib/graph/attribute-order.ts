/**
 * Attribute order
 * ===============
 * One order for the names of a node's or a relationship's attributes wherever the graph leaves the process (the
 * API, the exports): id, label, type first, the rest in code-point order, provenance last. The stores hold them in
 * different orders (the memory store as ingest built them, Neo4j in its own property order), so without one order
 * the same node would be different JSON on each backend. Code points, never the locale's collation.
 */

const LEADING = ['id', 'label', 'type'];
const TRAILING = ['provenance'];

/** Code-point order of two strings (as Neo4j's ORDER BY compares them), never the locale's. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The attribute names in canonical order (only those present). */
export function canonicalNames(names: Iterable<string>): string[] {
  const all = new Set(names);
  const middle = [...all].filter((name) => !LEADING.includes(name) && !TRAILING.includes(name)).sort(compareCodePoints);
  return [...LEADING.filter((name) => all.has(name)), ...middle, ...TRAILING.filter((name) => all.has(name))];
}

/** A copy with the names in canonical order. */
export function canonicalAttributes<A extends object>(attributes: A): A {
  const record = attributes as Record<string, unknown>;
  return Object.fromEntries(canonicalNames(Object.keys(record)).map((name) => [name, record[name]])) as A;
}

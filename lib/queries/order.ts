/**
 * Deterministic ordering
 * ======================
 * Both stores sort their answers with these comparators, in JavaScript, after the facts are gathered: plain
 * code-point order (never the locale's collation, which differs between machines and from Neo4j's), so the same
 * facts give the same rows on every backend. Names listed for people to scan (the matrix's forums) go in a fixed
 * English collation instead ("Boao Forum for Asia" before "BRICS"), the same whatever the machine's locale.
 */
import { compareCodePoints } from '../graph/attribute-order';

/** Code-point order of two strings (lib/graph/attribute-order.ts), as Neo4j compares them. */
export const compareText = compareCodePoints;

/** Lexicographic order of two lists, element by element; a proper prefix comes first. */
export function compareLists(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareText(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Unique values in code-point order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

const englishCollation = new Intl.Collator('en');

/** Labels in a fixed English collation, then ids in code-point order: a list people read, on every machine alike. */
export function compareLabels(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return englishCollation.compare(a.label, b.label) || compareText(a.id, b.id);
}

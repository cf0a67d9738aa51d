/**
 * Node table
 * ==========
 * The rows of the table view (the accessible twin of the canvas): one per node with its type, degree and
 * centrality, filtered by the legend's types, a text filter and (optionally) a highlighted set, sorted by any column.
 * A commitment's row also says its verbs and whose it is, so an analyst can tell "China will" from "countries
 * should" in the table as in the details panel (and filter on it: typing "calls for" finds them).
 */
import type { ClientGraph } from '../graph/client-graph';
import { typeName } from '../graph/kinds';
import { kindWords } from '../selection/relations';

export interface NodeRow {
  id: string;
  label: string;
  type: string;
  typeName: string;
  aliases: string[];
  /** What kind of item beyond its type: a commitment's verbs and, for a norm, that it is asked of others. */
  detail: string;
  degree: number;
  centrality: number;
}

export type SortKey = 'label' | 'type' | 'degree' | 'centrality';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortOrder = { key: 'centrality', direction: 'descending' };

export function nodeRows(graph: ClientGraph): NodeRow[] {
  return graph.mapNodes((id, attributes) => ({
    id,
    label: attributes.label,
    type: attributes.nodeType,
    typeName: typeName(attributes.nodeType),
    aliases: attributes.meta.aliases,
    detail: describeCommitment(attributes.meta.modalities, attributes.meta.kind),
    degree: graph.degree(id),
    centrality: attributes.meta.centrality,
  }));
}

/** "will · supports", "should (asked of others)"; empty for anything that is not a commitment. */
export function describeCommitment(modalities: readonly string[] | undefined, kind: string | undefined): string {
  if (!modalities || modalities.length === 0) return '';
  return `${modalities.join(' · ')}${kind === 'others' ? ` (${kindWords(kind)})` : ''}`;
}

/** `only`, when given, keeps just those ids (the highlighted nodes). */
export function filterRows(
  rows: readonly NodeRow[],
  text: string,
  isVisible: (type: string) => boolean,
  only: ReadonlySet<string> | null = null,
): NodeRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (only === null || only.has(row.id)) &&
      isVisible(row.type) &&
      (!needle ||
        row.label.toLowerCase().includes(needle) ||
        row.id.includes(needle) ||
        row.detail.toLowerCase().includes(needle) ||
        row.aliases.some((alias) => alias.toLowerCase().includes(needle))),
  );
}

/** `fn()` returns a sorted copy; ties fall back to the label so the order is stable across sorts. */
export function sortRows(rows: readonly NodeRow[], order: SortOrder): NodeRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const byLabel = (a: NodeRow, b: NodeRow) => a.label.localeCompare(b.label);
  const compare = (a: NodeRow, b: NodeRow): number => {
    switch (order.key) {
      case 'label':
        return byLabel(a, b);
      case 'type':
        return a.typeName.localeCompare(b.typeName);
      case 'degree':
        return a.degree - b.degree;
      case 'centrality':
        return a.centrality - b.centrality;
    }
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || byLabel(a, b));
}

/** Clicking a column header: a new column sorts by its natural order, the same column flips. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'label' || key === 'type' ? 'ascending' : 'descending' };
}

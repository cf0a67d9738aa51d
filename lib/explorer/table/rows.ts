/**
 * Node table
 * ==========
 * The rows of the table view (the accessible twin of the canvas): one per node with its type, degree and
 * centrality, filtered by the legend's types, a text filter and (optionally) a highlighted set, sorted by any column.
 * A commitment's row also says its verbs and whose it is, so an analyst can tell "China will" from "countries
 * should" in the table as in the details panel (and filter on it: typing "calls for" finds them). The text filter
 * also finds a commitment by its whole sentence, every word anywhere in it (lib/queries/sentence-match.ts, as the
 * search box and GET /api/commitments?q= do), since its label is cut at ~70 characters; and the rows can be kept to
 * the issuer's own commitments or to the norms asked of others. With several documents loaded, a row of one
 * document's (a commitment, a section, an item it defines) names it ("EU 2020"): "It will …" is whose? — and the
 * rows can be kept to one document's (which rows are whose: ./documents.ts).
 */
import { containsAllTerms, foldText, sentenceTerms } from '../../queries/sentence-match';
import type { ClientGraph } from '../graph/client-graph';
import { clientDocumentNames } from '../graph/document-names';
import { typeName } from '../graph/kinds';
import { kindWords } from '../selection/relations';
import { nodeDocuments } from './documents';

export interface NodeRow {
  id: string;
  label: string;
  type: string;
  typeName: string;
  aliases: string[];
  /** What kind of item beyond its type: a commitment's verbs and, for a norm, that it is asked of others. */
  detail: string;
  /** A commitment's whose: "self" (the issuer's own) or "others" (asked of others). */
  kind?: string;
  /** Its document's short name ("EU 2020") when several are loaded and it lies in one (a commitment, a section …). */
  document?: string;
  /** The id of the document it lies in (a commitment, a section, an item it defines), with one document too. */
  documentId?: string;
  /** The ids of the documents it belongs to (./documents.ts), for the "Document" choice; only with several loaded. */
  documentIds?: string[];
  /** A commitment's whole sentence, and the same folded once for the filter. */
  text?: string;
  foldedText?: string;
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

/** Which rows the "Show" choice keeps: every node, every commitment, or one kind of commitment. */
export type RowShow = 'all' | 'commitments' | 'self' | 'others';

export const ROW_SHOW_CHOICES: ReadonlyArray<{ value: RowShow; label: string }> = [
  { value: 'all', label: 'All nodes' },
  { value: 'commitments', label: 'All commitments' },
  { value: 'self', label: "Commitments: the issuer's own" },
  { value: 'others', label: 'Commitments: norms asked of others' },
];

export function nodeRows(graph: ClientGraph): NodeRow[] {
  const documentNames = clientDocumentNames(graph);
  // With one document there is no "Document" choice, so no need to find each entity's documents.
  const several = documentNames.size > 0;
  return graph.mapNodes((id, attributes) => {
    const { kind, text } = attributes.meta;
    const document = attributes.meta.documentId ? documentNames.get(attributes.meta.documentId) : undefined;
    return {
      id,
      label: attributes.label,
      type: attributes.nodeType,
      typeName: typeName(attributes.nodeType),
      aliases: attributes.meta.aliases,
      detail: describeCommitment(attributes.meta.modalities, kind),
      ...(kind ? { kind } : {}),
      ...(document ? { document } : {}),
      ...(attributes.meta.documentId ? { documentId: attributes.meta.documentId } : {}),
      ...(several ? { documentIds: nodeDocuments(graph, id) } : {}),
      ...(text ? { text, foldedText: foldText(text) } : {}),
      degree: graph.degree(id),
      centrality: attributes.meta.centrality,
    };
  });
}

function shows(row: NodeRow, show: RowShow): boolean {
  if (show === 'all') return true;
  if (row.type !== 'commitment') return false;
  return show === 'commitments' || row.kind === show;
}

/** True when the row's name, id, detail or an alias holds the text as typed (the filter's first, literal test). */
function namedBy(row: NodeRow, needle: string): boolean {
  return (
    row.label.toLowerCase().includes(needle) ||
    row.id.includes(needle) ||
    row.detail.toLowerCase().includes(needle) ||
    row.aliases.some((alias) => alias.toLowerCase().includes(needle))
  );
}

/** True when the filter found the row by its sentence only (its name does not hold the text): show why. */
export function matchedBySentenceOnly(row: NodeRow, text: string): boolean {
  const needle = text.trim().toLowerCase();
  return needle !== '' && row.foldedText !== undefined && !namedBy(row, needle);
}

/** "will · supports", "should (asked of others)"; empty for anything that is not a commitment. */
export function describeCommitment(modalities: readonly string[] | undefined, kind: string | undefined): string {
  if (!modalities || modalities.length === 0) return '';
  return `${modalities.join(' · ')}${kind === 'others' ? ` (${kindWords(kind)})` : ''}`;
}

/**
 * `only`, when given, keeps just those ids (the highlighted nodes); `show` keeps every node, the commitments, or
 * one kind of them; `document`, when given, the rows of that document (./documents.ts: resolve it with
 * chosenDocument first, so an unknown id keeps every row rather than none). The text matches a name, id, detail or
 * alias as typed, or every word of a commitment's sentence.
 */
export function filterRows(
  rows: readonly NodeRow[],
  text: string,
  isVisible: (type: string) => boolean,
  only: ReadonlySet<string> | null = null,
  show: RowShow = 'all',
  document: string | null = null,
): NodeRow[] {
  const needle = text.trim().toLowerCase();
  const terms = sentenceTerms(text);
  return rows.filter(
    (row) =>
      (only === null || only.has(row.id)) &&
      isVisible(row.type) &&
      shows(row, show) &&
      (document === null || row.documentIds?.includes(document) === true) &&
      (!needle || namedBy(row, needle) || (row.foldedText !== undefined && containsAllTerms(row.foldedText, terms))),
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

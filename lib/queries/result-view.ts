/**
 * Named query result, for reading
 * ===============================
 * Turns a named query's `{columns, rows}` (ids, enum values, edge keys: what scripts want) into what an analyst
 * reads: each node by its label, linked, with its id kept beside it; a relationship as a phrase between its ends'
 * labels; node types and commitment kinds in words; column headers in words. A `label` column right after the
 * node it names is folded into that node's cell, so a name is not shown twice. The basis columns are folded too:
 * a commitment in `curatedCommitmentIds` and a path step whose `basis` is curated carry a mark with the curator's
 * note, so that the page can say "curated link" beside them, as /matrix does. Pure: the page renders the cells.
 */
import { typeName } from '../explorer/graph/kinds';
import { formatModalities, kindWords, relationSentence } from '../explorer/selection/relations';
import type { CuratedEdge, QueryResult } from '../store/types';
import { columnHeader } from './wording';
import { viewOptions, type ViewOptions } from './result-columns';

export interface NodeName {
  label: string;
  type: string;
  /** A commitment's whole sentence: its label stops at ~70 characters, mid-clause. */
  text?: string;
  /**
   * The short name of the document it belongs to ("EU 2020"), only with several documents loaded: a commitment's
   * "It will …" or an item "1. Introduction" could be any document's (lib/graph/document-names.ts).
   */
  document?: string;
}

/** How a result cell names a node: a commitment by its whole sentence, anything else by its label; its document. */
function cellName(names: ReadonlyMap<string, NodeName>, id: string, given?: string): string {
  const name = names.get(id);
  const shown = given ?? name?.text ?? name?.label ?? id;
  return name?.document ? `${shown} · ${name.document}` : shown;
}

/** A link the text does not state: the curated relationship (explorer link) and the curator's note. */
export type CuratedMark = CuratedEdge;

export type ResultCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'node'; id: string; label: string }
  | { kind: 'nodes'; items: Array<{ id: string; label: string; curated?: CuratedMark }> }
  | { kind: 'edge'; key: string; text: string; curated?: CuratedMark };

export interface ResultView {
  /** The column names as the API gives them (`source`) and as a reader sees them (`header`). */
  columns: Array<{ source: string; header: string }>;
  rows: ResultCell[][];
  /** How many cells carry a curated mark, so the page can say what the mark means before the table. */
  curatedMarks: number;
}

/** Columns read as marks on another column's cells (`into`), never as columns of their own. */
const BASIS_FOLDS: ReadonlyArray<{ column: string; into: string }> = [
  { column: 'curatedCommitmentIds', into: 'commitmentIds' },
  { column: 'basis', into: 'edge' },
  { column: 'note', into: 'edge' },
];

const EDGE_KEY = /^([A-Z][A-Z_]*):(.+?)->(.+)$/;

function isNodeColumn(rows: readonly (readonly unknown[])[], index: number, names: ReadonlyMap<string, NodeName>) {
  let seen = false;
  for (const row of rows) {
    const value = row[index];
    if (value === null || value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (typeof item !== 'string' || !names.has(item)) return false;
      seen = true;
    }
  }
  return seen;
}

function edgeCell(key: string, names: ReadonlyMap<string, NodeName>): ResultCell {
  const match = EDGE_KEY.exec(key);
  if (!match) return { kind: 'text', text: key };
  const [, relation = '', source = '', target = ''] = match;
  const label = (id: string) => names.get(id)?.label ?? id;
  return { kind: 'edge', key, text: relationSentence(relation, label(source), label(target)) };
}

function plainCell(value: unknown, column: string, names: ReadonlyMap<string, NodeName>): ResultCell {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (column === 'type' && typeof value === 'string') return { kind: 'text', text: typeName(value) };
  if (column === 'kind' && typeof value === 'string') return { kind: 'text', text: kindWords(value) };
  // A commitment's verbs read as one phrase, "supports · calls for", not as a list.
  if (column === 'modalities' && Array.isArray(value))
    return { kind: 'text', text: formatModalities(value.map(String)) };
  if (column === 'edge' && typeof value === 'string') return edgeCell(value, names);
  if (Array.isArray(value)) return { kind: 'text', text: value.map(String).join(', ') };
  return { kind: 'text', text: String(value) };
}

/** The curator's note on a commitment's curated link (its INVOLVES edge, to the forum or a body within it). */
function commitmentMark(id: string, curated: readonly CuratedEdge[]): CuratedMark {
  const prefix = `INVOLVES:${id}->`;
  return curated.find((entry) => entry.edge.startsWith(prefix)) ?? { edge: '', note: '' };
}

/** Adds the basis marks of one row to its cell of `column` (`at` finds a column's value in the row). */
function marked(
  cell: ResultCell,
  column: string,
  at: (name: string) => unknown,
  curated: readonly CuratedEdge[],
): ResultCell {
  if (column === 'commitmentIds' && cell.kind === 'nodes') {
    const ids = at('curatedCommitmentIds');
    if (!Array.isArray(ids) || ids.length === 0) return cell;
    const items = cell.items.map((item) =>
      ids.includes(item.id) ? { ...item, curated: commitmentMark(item.id, curated) } : item,
    );
    return { ...cell, items };
  }
  if (column === 'edge' && cell.kind === 'edge' && at('basis') === 'curated') {
    const note = at('note');
    return { ...cell, curated: { edge: cell.key, note: typeof note === 'string' ? note : '' } };
  }
  return cell;
}

/**
 * `names`: the label and type of every node of the graph, by id (the page has them from the store). `options`:
 * what a query's table leaves out or names differently (./result-columns); the API's columns stay as they are.
 */
export function presentResult(
  result: Pick<QueryResult, 'columns' | 'rows' | 'curated'>,
  names: ReadonlyMap<string, NodeName>,
  options: ViewOptions = viewOptions(''),
): ResultView {
  const { columns } = result;
  const curated = result.curated ?? [];
  const nodeColumns = columns.map((_column, index) => isNodeColumn(result.rows, index, names));
  const folded = columns.map(
    (column, index) =>
      (column === 'label' && index > 0 && nodeColumns[index - 1] === true && !nodeColumns[index]) ||
      BASIS_FOLDS.some((fold) => fold.column === column && columns.includes(fold.into)) ||
      options.hidden.includes(column),
  );
  const kept = columns.map((_column, index) => index).filter((index) => !folded[index]);
  let curatedMarks = 0;
  const rows = result.rows.map((row) => {
    const at = (name: string) => row[columns.indexOf(name)];
    return kept.map((index): ResultCell => {
      const value = row[index];
      const column = columns[index]!;
      let cell: ResultCell;
      if (!nodeColumns[index] || value === null || value === undefined) cell = plainCell(value, column, names);
      else if (Array.isArray(value))
        cell = { kind: 'nodes', items: value.map((id: string) => ({ id, label: cellName(names, id) })) };
      else {
        const id = String(value);
        // The row's own label, where it has one, is the name the query answered with (a commitment's whole text).
        const labelColumn = options.labels[column];
        const own = labelColumn ? at(labelColumn) : folded[index + 1] ? row[index + 1] : undefined;
        cell = { kind: 'node', id, label: cellName(names, id, typeof own === 'string' && own ? own : undefined) };
      }
      cell = marked(cell, column, at, curated);
      if (cell.kind === 'edge' && cell.curated) curatedMarks += 1;
      if (cell.kind === 'nodes') curatedMarks += cell.items.filter((item) => item.curated).length;
      return cell;
    });
  });
  return {
    columns: kept.map((index) => ({ source: columns[index]!, header: columnHeader(columns[index]!) })),
    rows,
    curatedMarks,
  };
}

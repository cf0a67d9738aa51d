/**
 * Named query result, for reading
 * ===============================
 * Turns a named query's `{columns, rows}` (ids, enum values, edge keys: what scripts want) into what an analyst
 * reads: each node by its label, linked, with its id kept beside it; a relationship as a phrase between its ends'
 * labels; node types and commitment kinds in words; column headers in words. A `label` column right after the
 * node it names is folded into that node's cell, so a name is not shown twice. Pure: the page renders the cells.
 */
import { typeName } from '../explorer/graph/kinds';
import { formatModalities, kindWords, relationSentence } from '../explorer/selection/relations';
import type { QueryResult } from '../store/types';
import { columnHeader } from './wording';

export interface NodeName {
  label: string;
  type: string;
}

export type ResultCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'node'; id: string; label: string }
  | { kind: 'nodes'; items: Array<{ id: string; label: string }> }
  | { kind: 'edge'; key: string; text: string };

export interface ResultView {
  /** The column names as the API gives them (`source`) and as a reader sees them (`header`). */
  columns: Array<{ source: string; header: string }>;
  rows: ResultCell[][];
}

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

/** `names`: the label and type of every node of the graph, by id (the page has them from the store). */
export function presentResult(result: Pick<QueryResult, 'columns' | 'rows'>, names: ReadonlyMap<string, NodeName>) {
  const nodeColumns = result.columns.map((_column, index) => isNodeColumn(result.rows, index, names));
  const folded = result.columns.map(
    (column, index) => column === 'label' && index > 0 && nodeColumns[index - 1] === true && !nodeColumns[index],
  );
  const kept = result.columns.map((_column, index) => index).filter((index) => !folded[index]);
  const view: ResultView = {
    columns: kept.map((index) => ({ source: result.columns[index]!, header: columnHeader(result.columns[index]!) })),
    rows: result.rows.map((row) =>
      kept.map((index): ResultCell => {
        const value = row[index];
        const column = result.columns[index]!;
        if (!nodeColumns[index] || value === null || value === undefined) return plainCell(value, column, names);
        if (Array.isArray(value)) {
          return { kind: 'nodes', items: value.map((id: string) => ({ id, label: names.get(id)?.label ?? id })) };
        }
        const id = String(value);
        // The row's own label, where it has one, is the name the query answered with.
        const own = folded[index + 1] ? row[index + 1] : undefined;
        return { kind: 'node', id, label: typeof own === 'string' && own ? own : (names.get(id)?.label ?? id) };
      }),
    ),
  };
  return view;
}

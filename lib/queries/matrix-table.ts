/**
 * Matrix table
 * ============
 * What the /matrix page shows, computed from the store's matrix (GET /api/matrix): forums as rows, plan-of-action
 * items as columns, a commitment count per cell, totals both ways, filtered by forum type and sorted by name or by
 * totals, kept to one document's items when asked; and the same table as CSV. No JSX and no zod here, so the browser
 * can run it.
 */
import { csvTable } from '../export/csv';
import type { MatrixView, SearchResult } from '../store/types';
import type { MatrixState } from './matrix-url';

export interface MatrixColumn {
  id: string;
  label: string;
  /** The document whose plan of action the item belongs to. */
  documentId: string;
  /** Position in its document (1-based), as the items are numbered there. */
  number: number;
  total: number;
}

export interface MatrixRow {
  forum: SearchResult;
  /** Commitment ids per column, aligned with the table's columns. */
  cells: string[][];
  total: number;
}

export interface MatrixTable {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  total: number;
}

/**
 * One cell's key (a map key, the cell button's data-cell): ids are slugs, so a space cannot occur in either. Printable
 * on purpose: a NUL in an attribute comes back as U+FFFD from server-rendered HTML but not from the browser's own
 * rendering, so a selector built from it found only some cells.
 */
export function cellKey(forum: string, action: string): string {
  return `${forum} ${action}`;
}

/** Each item with its place in its own document's plan (1-based): numbers restart with each document. */
function numbered(actions: MatrixView['actions']): Array<MatrixView['actions'][number] & { number: number }> {
  const seen = new Map<string, number>();
  return actions.map((action) => {
    const number = (seen.get(action.documentId) ?? 0) + 1;
    seen.set(action.documentId, number);
    return { ...action, number };
  });
}

export function buildMatrixTable(
  view: MatrixView,
  state: Pick<MatrixState, 'sort' | 'types'> & Partial<Pick<MatrixState, 'document'>>,
): MatrixTable {
  const cellOf = new Map(view.cells.map((cell) => [cellKey(cell.forum, cell.action), cell.commitments]));
  const visible: readonly string[] | null = state.types;
  const forums = view.forums.filter((forum) => !visible || visible.includes(forum.type));
  // One document's plan (the URL's `document`), or all of them; an id no item has keeps all rather than none.
  const wanted = state.document && view.actions.some((a) => a.documentId === state.document) ? state.document : null;
  const documentColumns = numbered(view.actions).filter((action) => !wanted || action.documentId === wanted);
  let rows = forums.map((forum) => {
    const cells = documentColumns.map((action) => cellOf.get(cellKey(forum.id, action.id)) ?? []);
    return { forum, cells, total: cells.reduce((sum, cell) => sum + cell.length, 0) };
  });
  let columns = documentColumns.map((action, index) => ({
    ...action,
    total: rows.reduce((sum, row) => sum + (row.cells[index]?.length ?? 0), 0),
  }));
  if (state.sort === 'total') {
    // Stable sorts: equal totals keep the store's order (forums by name, items in document order).
    const order = columns
      .map((_column, index) => index)
      .sort((a, b) => (columns[b]?.total ?? 0) - (columns[a]?.total ?? 0));
    columns = order.map((index) => columns[index] as MatrixColumn);
    rows = rows
      .map((row) => ({ ...row, cells: order.map((index) => row.cells[index] ?? []) }))
      .sort((a, b) => b.total - a.total);
  }
  return { columns, rows, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

/** The CSV's file name, which says whether its rows count the bodies within each forum (two views, two files). */
export function matrixCsvFilename(state: Pick<MatrixState, 'parts'>): string {
  return state.parts ? 'forum-action-matrix-with-parts.csv' : 'forum-action-matrix.csv';
}

/**
 * The visible table as CSV: one row per forum, one count column per item, totals last. With several documents
 * (`documentNames`, id → short name), each item's column names its document too ("EU 2020: 1. …"): numbers restart
 * with each document, and two plans may hold items of the same name.
 */
export function matrixCsv(table: MatrixTable, documentNames: ReadonlyMap<string, string> = new Map()): string {
  const header = [
    'forum_id',
    'forum',
    'type',
    ...table.columns.map((column) => {
      const name = documentNames.get(column.documentId);
      return `${name ? `${name}: ` : ''}${column.number}. ${column.label}`;
    }),
    'total',
  ];
  const rows = table.rows.map((row) => ({
    forum_id: row.forum.id,
    forum: row.forum.label,
    type: row.forum.type,
    ...Object.fromEntries(
      table.columns.map((_column, index) => [header[index + 3] as string, row.cells[index]?.length ?? 0]),
    ),
    total: row.total,
  }));
  const totals = {
    forum_id: '',
    forum: 'Total',
    type: '',
    ...Object.fromEntries(table.columns.map((column, index) => [header[index + 3] as string, column.total])),
    total: table.total,
  };
  return csvTable(header, [...rows, totals]);
}

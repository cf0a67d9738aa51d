/**
 * Named query result as CSV
 * =========================
 * The answer an analyst reads on /query (lib/queries/result-view.ts: nodes by label, commitments by their whole
 * sentence, relationships in words), as a spreadsheet: each node column also gives its ids in a column of their
 * own (what a script or a later lookup keys on), a list of commitments is one cell with a sentence per line, and a
 * curated link says so in its cell, so that nobody cites a curator's link as the document's words.
 */
import { csvField } from '../export/csv';
import type { ResultCell, ResultView } from './result-view';

const CURATED = ' [curated link]';

/** The reader's text of a cell. */
function cellText(cell: ResultCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'node':
      return cell.label;
    case 'nodes':
      return cell.items.map((item) => `${item.label}${item.curated ? CURATED : ''}`).join('\n');
    case 'edge':
      return `${cell.text}${cell.curated ? CURATED : ''}`;
  }
}

/** The ids a cell names, for the column beside it; undefined for cells that name none. */
function cellIds(cell: ResultCell): string | undefined {
  if (cell.kind === 'node') return cell.id;
  if (cell.kind === 'nodes') return cell.items.map((item) => item.id).join(' ');
  if (cell.kind === 'edge') return cell.key;
  return undefined;
}

/** The view as CSV (RFC 4180, as /api/export's), a header row in the page's words first. */
export function resultCsv(view: ResultView): string {
  // A column gets an id column beside it when any of its cells names something.
  const withIds = view.columns.map((_column, index) =>
    view.rows.some((row) => cellIds(row[index] ?? EMPTY) !== undefined),
  );
  const header = view.columns.flatMap((column, index) =>
    withIds[index] ? [column.header, `${column.header} (id)`] : [column.header],
  );
  const lines = [
    header,
    ...view.rows.map((row) =>
      view.columns.flatMap((_column, index) => {
        const cell = row[index] ?? EMPTY;
        return withIds[index] ? [cellText(cell), cellIds(cell) ?? ''] : [cellText(cell)];
      }),
    ),
  ];
  // Header names may repeat (two node columns of one kind): lines of fields, not records keyed by name.
  return `${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const EMPTY: ResultCell = { kind: 'empty' };

/** "actions-for-forum-arf.csv": the query and its values, as the URL gives them. */
export function resultCsvFilename(name: string, params: Readonly<Record<string, string>>): string {
  const values = Object.values(params)
    .map((value) =>
      value
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  return `${[name, ...values].join('-').slice(0, 120)}.csv`;
}

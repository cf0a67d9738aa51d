/**
 * Table rows as CSV
 * =================
 * The rows the table view shows (its filter, "Show", "Document" and the legend's types applied, in its sort order)
 * as a spreadsheet: an analyst who filtered the norms asked of others about terrorism takes those sentences into a
 * report. Each row keeps what traces it back: its id, its whole sentence for a commitment (the name is cut at ~70
 * characters), its document, and the addresses of the node in the explorer and of the sentence in the reader.
 */
import { csvTable } from '../../export/csv';
import { explorerNodeHref, readerHref } from '../../queries/links';
import type { NodeRow } from './rows';

const COLUMNS = [
  'id',
  'name',
  'sentence',
  'type',
  'verbs and kind',
  'document',
  'relationships',
  'centrality',
  'explorer',
  'reader',
] as const;

/** `origin`: the site's address ("https://atlas.example.org"), so the links work outside the page. */
export function rowsCsv(rows: readonly NodeRow[], origin: string): string {
  return csvTable(
    COLUMNS,
    rows.map((row) => ({
      id: row.id,
      name: row.label,
      sentence: row.text ?? '',
      type: row.typeName,
      'verbs and kind': row.detail,
      document: row.document ?? row.documentId ?? '',
      relationships: row.degree,
      centrality: Number(row.centrality.toFixed(6)),
      explorer: `${origin}${explorerNodeHref(row.id)}`,
      reader: row.type === 'commitment' && row.documentId ? `${origin}${readerHref(row.documentId, row.id)}` : '',
    })),
  );
}

/** "strategy-atlas-table-terrorism-others.csv": the table's filter and "Show" choice, so two exports differ. */
export function rowsCsvFilename(filter: string, show: string, doc: string | null): string {
  const parts = [filter, show === 'all' ? '' : show, doc ?? '']
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  return `${['strategy-atlas-table', ...parts].join('-').slice(0, 120)}.csv`;
}

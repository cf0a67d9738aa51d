/**
 * Matrix table
 * ============
 * The forum × plan-of-action table: a real <table> with scoped headers, counts as text (the shading only repeats
 * them), and every non-empty cell a button that opens its commitments, so the whole matrix works from the keyboard.
 * With several documents, each item's header (and its cells' names) starts with its document's short name.
 */
import Link from 'next/link';
import { typeName } from '@/lib/explorer/graph/kinds';
import { explorerNodeHref } from '@/lib/queries/links';
import { cellKey, type MatrixTable as Table } from '@/lib/queries/matrix-table';
import styles from './matrix.module.css';

interface Props {
  table: Table;
  /** The rows count the bodies within each forum too: the caption says so, since the totals then overlap more. */
  parts: boolean;
  /** Document id → short name when several are loaded: each column says whose plan its item is ("EU 2020"). */
  documentNames: ReadonlyMap<string, string>;
  selected: { forum: string; action: string } | null;
  onOpen(forum: string, action: string): void;
}

export function MatrixTable({ table, parts, documentNames, selected, onOpen }: Props) {
  const max = Math.max(1, ...table.rows.flatMap((row) => row.cells.map((cell) => cell.length)));
  if (table.rows.length === 0) return <p role="status">No forum type is selected: tick one above to see the matrix.</p>;
  return (
    // Its own scrolling region, so a narrow screen scrolls the table, not the page; focusable and named, so keyboard
    // users can scroll it with the arrow keys too.
    <div className={styles.scroll} role="region" aria-label="Forum × action matrix" tabIndex={0}>
      <table className={styles.matrix}>
        <caption>
          {parts
            ? `Commitments linking each forum (row), or a body within it, to each plan-of-action item (column): ${table.rows.length} forums, ${table.total} links. A commitment counts once in each forum's row that it reaches: a sentence naming a body counts for that body and for every forum it is part of.`
            : `Commitments linking each forum (row) to each plan-of-action item (column): ${table.rows.length} forums, ${table.total} links. A commitment that names several forums counts once for each.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Forum</th>
            <th scope="col">Type</th>
            {table.columns.map((column) => (
              <th scope="col" key={column.id} className={styles.item}>
                {documentNames.has(column.documentId) ? (
                  <span className={styles.itemDocument}>{documentNames.get(column.documentId)}: </span>
                ) : null}
                <span className={styles.itemNumber}>{column.number}.</span> {column.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.forum.id}>
              <th scope="row" className={styles.forum}>
                <Link prefetch={false} href={explorerNodeHref(row.forum.id)}>
                  {row.forum.label}
                </Link>
                {row.forum.aliases.length > 0 ? (
                  <span className={styles.aliases}> {shortestAlias(row.forum.aliases, row.forum.label)}</span>
                ) : null}
              </th>
              <td className={styles.type}>{typeName(row.forum.type)}</td>
              {row.cells.map((cell, index) => {
                const column = table.columns[index];
                if (!column) return null;
                if (cell.length === 0) {
                  return (
                    <td key={column.id} className={styles.zero}>
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">0</span>
                    </td>
                  );
                }
                const open = selected?.forum === row.forum.id && selected.action === column.id;
                return (
                  <td
                    key={column.id}
                    className={styles.count}
                    style={{ ['--heat' as string]: String(cell.length / max) }}
                  >
                    <button
                      type="button"
                      data-cell={cellKey(row.forum.id, column.id)}
                      aria-pressed={open}
                      aria-label={`${row.forum.label} × ${column.label}${documentNames.has(column.documentId) ? ` (${documentNames.get(column.documentId)})` : ''}: ${cell.length} commitment${cell.length === 1 ? '' : 's'}`}
                      onClick={() => onOpen(row.forum.id, column.id)}
                    >
                      {cell.length}
                    </button>
                  </td>
                );
              })}
              <td className={styles.total}>{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            {table.columns.map((column) => (
              <td key={column.id} className={styles.total}>
                {column.total}
              </td>
            ))}
            <td className={styles.total}>{table.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The acronym readers know a forum by ("ARF"), if it has one shorter than its name. */
function shortestAlias(aliases: readonly string[], label: string): string {
  const shortest = [...aliases].sort((a, b) => a.length - b.length)[0] ?? '';
  return shortest && shortest.length < label.length && shortest !== label ? `(${shortest})` : '';
}

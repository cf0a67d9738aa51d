/**
 * Result table
 * ============
 * A query answer as a table with scoped column headers: used for named queries (on the server) and for the Cypher
 * console (in the browser), each passing how a cell is shown. A wide answer scrolls in its own box, which is a named,
 * focusable region (as /matrix's table is), so keyboard users can scroll it with the arrow keys on a narrow screen.
 */
import type { ReactNode } from 'react';
import styles from './query.module.css';

interface Props {
  /** The scrolling region's name; not the section's heading, which would then name two regions alike. */
  label: string;
  caption: ReactNode;
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
  renderCell(value: unknown, column: string): ReactNode;
  /** Which cells hold a number (right-aligned); plain numbers by default. */
  isNumber?(value: unknown): boolean;
}

const plainNumber = (value: unknown) => typeof value === 'number';

export function ResultTable({ label, caption, columns, rows, renderCell, isNumber = plainNumber }: Props) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.results}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={`${column}-${index}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {columns.map((column, index) => {
                const value = row[index];
                return (
                  <td key={`${column}-${index}`} className={isNumber(value) ? styles.number : undefined}>
                    {renderCell(value, column)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

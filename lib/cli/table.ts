/**
 * Terminal tables
 * ===============
 * A query answer as aligned columns for a person at a terminal: lists joined with commas, long cells cut with an
 * ellipsis (the full answer is one `--json` away), numbers right-aligned.
 */

export const MAX_CELL = 60;

export function formatCell(value: unknown, max = MAX_CELL): string {
  const text =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.map((item) => formatCell(item, Number.POSITIVE_INFINITY)).join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  const single = text.replace(/\s+/g, ' ');
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

export function formatTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map((row) => columns.map((_column, index) => formatCell(row[index])));
  const numeric = columns.map(
    (_column, index) => rows.length > 0 && rows.every((row) => typeof row[index] === 'number'),
  );
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...cells.map((row) => (row[index] as string).length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) =>
        numeric[index] ? value.padStart(widths[index] as number) : value.padEnd(widths[index] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((width) => '─'.repeat(width))), ...cells.map(line)].join('\n');
}

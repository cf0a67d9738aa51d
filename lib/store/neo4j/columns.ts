/**
 * Column-packed batches
 * =====================
 * Sends a batch of rows to Neo4j as one delimited string per property instead of a list of maps, and unpacks it in
 * Cypher with split(). The JavaScript driver encodes parameters value by value, and that was most of a load's time
 * (measured on --synthetic 100000: ~43 ms of client CPU per 1,000 node rows of ~20 properties as maps, ~4 ms as
 * packed strings, while the split() added ~10% to Neo4j's own time: the whole load ~15% faster).
 *
 * The layout is decided once per load from every row, so a whole load runs a handful of statement texts and
 * Neo4j plans each once. A column travels packed only when that is exact: all its values strings without the
 * separator characters, all numbers (sent as their shortest round-trip decimal and read back with toFloat(), the
 * same 64-bit float the driver would send), or all booleans. Anything else (lists, mixed types) travels as a plain
 * list, as before, so correctness never depends on the data.
 */

/** Between two values of a packed column. */
export const SEPARATOR = '\u001f';
/** A packed string column's missing value (an empty string is a value). */
export const NULL_MARKER = '\u001e';

export type ColumnCodec = 'string' | 'float' | 'boolean' | 'list';

/** A stored property: its name and how to read it from a row (a graph element, never copied into a map). */
export interface Field<Row> {
  key: string;
  read: (row: Row) => unknown;
}

export interface Column<Row = never> extends Field<Row> {
  codec: ColumnCodec;
  /** Some row lacks the property (or holds null): the unpacking maps the marker back to null. */
  nullable: boolean;
}

/** What the Cypher side needs of a column (not how to read it). */
export type ColumnShape = Pick<Column<never>, 'key' | 'codec' | 'nullable'>;

function codecOf(value: unknown): ColumnCodec {
  if (typeof value === 'string') return value.includes(SEPARATOR) || value.includes(NULL_MARKER) ? 'list' : 'string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'float' : 'list';
  if (typeof value === 'boolean') return 'boolean';
  return 'list';
}

/** The columns of a set of rows: the fields some row has a value for, each with the codec all its values allow. */
export function planColumns<Row>(rows: readonly Row[], fields: ReadonlyArray<Field<Row>>): Array<Column<Row>> {
  const columns: Array<Column<Row>> = [];
  for (const field of fields) {
    let codec: ColumnCodec | undefined;
    let present = 0;
    for (const row of rows) {
      const value = field.read(row);
      if (value === undefined || value === null) continue;
      present++;
      const own = codecOf(value);
      codec = codec === undefined || codec === own ? own : 'list';
    }
    if (codec) columns.push({ ...field, codec, nullable: present < rows.length });
  }
  return columns;
}

function packValue(codec: ColumnCodec, value: unknown): string {
  if (value === undefined || value === null) return codec === 'string' ? NULL_MARKER : '';
  if (codec === 'boolean') return value ? 't' : 'f';
  // String(-0) is "0"; toFloat('-0') keeps the sign, as the driver would.
  if (codec === 'float' && Object.is(value, -0)) return '-0';
  return String(value);
}

/** One parameter per column, in the columns' order: a packed string, or the plain list of values. */
export function packRows<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): unknown[] {
  return columns.map(({ read, codec }) =>
    codec === 'list'
      ? rows.map((row) => read(row) ?? null)
      : rows.map((row) => packValue(codec, read(row))).join(SEPARATOR),
  );
}

/** The Cypher variable that holds column `index` as a list. */
export function columnVariable(index: number): string {
  return `c${index}`;
}

function unpackExpression(column: ColumnShape, index: number): string {
  const packed = `split($columns[${index}], $separator)`;
  switch (column.codec) {
    case 'list':
      return `$columns[${index}]`;
    case 'string':
      return column.nullable ? `[v IN ${packed} | CASE v WHEN $nullMarker THEN null ELSE v END]` : packed;
    case 'float':
      return `[v IN ${packed} | CASE v WHEN '' THEN null ELSE toFloat(v) END]`;
    case 'boolean':
      return `[v IN ${packed} | CASE v WHEN '' THEN null ELSE v = 't' END]`;
  }
}

/** `WITH …`: every column as a list variable (c0, c1 …), ready for `UNWIND range(0, $count - 1) AS i`. */
export function unpackClause(columns: readonly ColumnShape[]): string {
  return `WITH ${columns.map((column, index) => `${unpackExpression(column, index)} AS ${columnVariable(index)}`).join(', ')}`;
}

function quoteKey(key: string): string {
  return `\`${key.replaceAll('`', '``')}\``;
}

/**
 * `{`key`: c0[i], …}`: row i's properties as a map literal (null values are not stored), without the `omit`
 * columns (those the statement uses otherwise, such as a relationship's endpoints), plus `extra` entries.
 */
export function rowMap(
  columns: readonly ColumnShape[],
  { extra = {}, omit = [] }: { extra?: Record<string, string>; omit?: readonly string[] } = {},
): string {
  const entries = columns.flatMap((column, index) =>
    omit.includes(column.key) ? [] : [`${quoteKey(column.key)}: ${columnVariable(index)}[i]`],
  );
  for (const [key, expression] of Object.entries(extra)) entries.push(`${quoteKey(key)}: ${expression}`);
  return `{${entries.join(', ')}}`;
}

/** The variable of the column named `key`. */
export function variableOf(columns: readonly ColumnShape[], key: string): string {
  const index = columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`lib/store/neo4j/columns: no column ${JSON.stringify(key)}`);
  return columnVariable(index);
}

/** The parameters every packed statement needs besides its columns. */
export function packedParams<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]) {
  return { columns: packRows(columns, rows), count: rows.length, separator: SEPARATOR, nullMarker: NULL_MARKER };
}

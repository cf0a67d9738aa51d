/**
 * Column packing: which codec each column gets (only exact ones are packed), what the packed parameters hold,
 * and the Cypher that unpacks them. Round trips through a real Neo4j are in test/integration/store/columns.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  NULL_MARKER,
  SEPARATOR,
  packRows,
  planColumns,
  rowMap,
  unpackClause,
  type Field,
} from '@/lib/store/neo4j/columns';

type Row = Record<string, unknown>;
const fieldsOf = (...keys: string[]): Array<Field<Row>> => keys.map((key) => ({ key, read: (row) => row[key] }));

describe('planColumns', () => {
  it('packs strings, numbers and booleans; sends lists, mixed types and separator-bearing strings as lists', () => {
    const rows: Row[] = [
      { s: 'a', n: 1, b: true, l: ['x'], m: 'one', sep: `a${SEPARATOR}b`, marker: NULL_MARKER, inf: Infinity },
      { s: 'b', n: 2.5, b: false, l: [], m: 2, sep: 'plain', marker: 'plain', inf: 1 },
    ];
    const columns = planColumns(rows, fieldsOf('s', 'n', 'b', 'l', 'm', 'sep', 'marker', 'inf'));
    expect(Object.fromEntries(columns.map((c) => [c.key, c.codec]))).toEqual({
      s: 'string',
      n: 'float',
      b: 'boolean',
      l: 'list',
      m: 'list',
      sep: 'list',
      marker: 'list',
      inf: 'list',
    });
  });

  it('marks a column nullable when some row lacks it, and drops a column no row has', () => {
    const rows: Row[] = [
      { a: 'x', b: null },
      { a: 'y', c: 1 },
    ];
    const columns = planColumns(rows, fieldsOf('a', 'b', 'c'));
    expect(columns.map(({ key, nullable }) => ({ key, nullable }))).toEqual([
      { key: 'a', nullable: false },
      { key: 'c', nullable: true },
    ]);
  });
});

describe('packRows', () => {
  it('joins packed columns with the separator, marking missing values, and passes list columns through', () => {
    const rows: Row[] = [
      { s: 'a', n: -0, b: true, l: ['x'] },
      { s: '', n: 1e-7, l: [] },
      { n: 3, b: false, l: null },
    ];
    const columns = planColumns(rows, fieldsOf('s', 'n', 'b', 'l'));
    expect(packRows(columns, rows)).toEqual([
      ['a', '', NULL_MARKER].join(SEPARATOR),
      ['-0', '1e-7', '3'].join(SEPARATOR),
      ['t', '', 'f'].join(SEPARATOR),
      [['x'], [], null],
    ]);
  });
});

describe('the unpacking Cypher', () => {
  it('splits each packed column once and reads row i from each', () => {
    const columns = planColumns([{ id: 'a', n: 1, l: ['x'] }, { id: 'b' }], fieldsOf('id', 'n', 'l'));
    const clause = unpackClause(columns);
    expect(clause).toContain('split($columns[0], $separator) AS c0');
    expect(clause).toContain("CASE v WHEN '' THEN null ELSE toFloat(v) END] AS c1");
    expect(clause).toContain('$columns[2] AS c2');
    expect(rowMap(columns, { extra: { loadId: '$loadId' }, omit: ['l'] })).toBe(
      '{`id`: c0[i], `n`: c1[i], `loadId`: $loadId}',
    );
  });

  it('quotes property keys, so no key can break out of the map literal', () => {
    const columns = planColumns([{ 'odd`key': 'x' }], fieldsOf('odd`key'));
    expect(rowMap(columns)).toBe('{`odd``key`: c0[i]}');
  });
});

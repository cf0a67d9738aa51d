/**
 * Column packing against a real Neo4j: rows written through the packed statement are stored exactly as the
 * driver stores the same rows sent as maps (strings with unicode and separators, empty strings, numbers at the
 * edges of float precision, -0, booleans, lists, mixed types, missing values; batches of one row and of many).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '@/lib/store/neo4j/driver';
import { packedParams, planColumns, rowMap, unpackClause, type Field } from '@/lib/store/neo4j/columns';
import { neo4jSettings } from '../support/neo4j';

const driver = createDriver(neo4jSettings(), { purpose: 'load' });
const database = neo4jSettings().database;
afterAll(async () => {
  await driver.executeQuery('MATCH (n:ColumnsTest) DELETE n', {}, { database });
  await driver.close();
});

type Row = Record<string, unknown>;

const ROWS: Row[] = [
  {
    id: 'a',
    text: 'plain',
    empty: '',
    unicode: 'ünïcödé 中文 🎉 "quoted" \\ back\nline',
    separator: 'a\u001fb\u001ec',
    number: 0.1 + 0.2,
    big: 2 ** 53 - 1,
    tiny: 5e-324,
    huge: 1.7976931348623157e308,
    negativeZero: -0,
    flag: true,
    list: ['x', 'y'],
    mixed: 'one',
    sometimes: 'here',
  },
  {
    id: 'b',
    text: 'two',
    empty: '',
    unicode: '',
    separator: 'ok',
    number: -1e-7,
    big: 1,
    tiny: 1e21,
    huge: -2,
    negativeZero: 3,
    flag: false,
    list: [],
    mixed: 2,
  },
  {
    id: 'c',
    text: '',
    empty: '',
    unicode: 'x',
    separator: '',
    number: 42,
    big: 0,
    tiny: 0.5,
    huge: 1,
    negativeZero: 0,
    flag: true,
    list: ['z'],
    mixed: true,
    sometimes: null,
  },
];

async function storedBy(label: string): Promise<Row[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:ColumnsTest:${label}) RETURN properties(n) AS p ORDER BY n.id`,
    {},
    { database },
  );
  return records.map((record) => {
    const properties = record.get('p') as Row;
    // Object.is tells -0 from 0, which toEqual treats alike; compare signs explicitly.
    return { ...properties, negativeZeroSign: Object.is(properties.negativeZero, -0) ? '-' : '+' };
  });
}

async function writePacked(rows: Row[], label: string) {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const fields: Array<Field<Row>> = keys.map((key) => ({ key, read: (row) => row[key] }));
  const columns = planColumns(rows, fields);
  const query = `${unpackClause(columns)}\nUNWIND range(0, $count - 1) AS i\nCREATE (n:ColumnsTest:${label}) SET n = ${rowMap(columns)}`;
  await driver.executeQuery(query, packedParams(columns, rows), { database });
}

describe('column-packed rows in Neo4j', () => {
  it('are stored exactly as the same rows sent as maps', async () => {
    await driver.executeQuery(
      'UNWIND $rows AS row CREATE (n:ColumnsTest:AsMaps) SET n = row',
      { rows: ROWS },
      { database },
    );
    await writePacked(ROWS, 'Packed');
    const asMaps = await storedBy('AsMaps');
    expect(asMaps).toHaveLength(ROWS.length);
    expect(asMaps[0]!.negativeZeroSign).toBe('-');
    expect(await storedBy('Packed')).toEqual(asMaps);
  });

  it('unpack a batch of one row, including one whose only string is empty', async () => {
    await writePacked([{ id: 'solo', text: '' }], 'Solo');
    expect(await storedBy('Solo')).toEqual([{ id: 'solo', text: '', negativeZeroSign: '+' }]);
  });
});

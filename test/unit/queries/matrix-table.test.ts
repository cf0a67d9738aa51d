/** The /matrix page's table and URL state: filtering, sorting, totals, CSV, and URLs that survive hand-editing. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildMatrixTable, matrixCsv, matrixCsvFilename } from '@/lib/queries/matrix-table';
import { DEFAULT_MATRIX_STATE, matrixHref, parseMatrixState, serializeMatrixState } from '@/lib/queries/matrix-url';
import type { MatrixView } from '@/lib/store/types';

/** A made-up matrix: items a1..a3 in document order, three forums of three types. */
const view: MatrixView = {
  actions: [
    { id: 'a1', label: 'First item', documentId: 'd1' },
    { id: 'a2', label: 'Second, with "quotes"', documentId: 'd1' },
    { id: 'a3', label: 'Third item', documentId: 'd1' },
  ],
  forums: [
    { id: 'f-forum', label: 'Alpha Forum', type: 'forum', aliases: ['AF'] },
    { id: 'f-org', label: 'Beta Organization', type: 'organization', aliases: [] },
    { id: 'f-proc', label: 'Gamma Process', type: 'process', aliases: [] },
  ],
  cells: [
    { action: 'a1', forum: 'f-org', commitments: ['c1'], curated: [] },
    { action: 'a3', forum: 'f-org', commitments: ['c2', 'c3'], curated: [] },
    { action: 'a3', forum: 'f-proc', commitments: ['c3'], curated: ['c3'] },
    { action: 'a2', forum: 'f-forum', commitments: ['c4'], curated: [] },
  ],
};

describe('buildMatrixTable', () => {
  it('keeps the store order by default, with totals both ways', () => {
    const table = buildMatrixTable(view, DEFAULT_MATRIX_STATE);
    expect(table.columns.map((c) => [c.id, c.number, c.total])).toEqual([
      ['a1', 1, 1],
      ['a2', 2, 1],
      ['a3', 3, 3],
    ]);
    expect(table.rows.map((r) => [r.forum.id, r.cells.map((cell) => cell.length), r.total])).toEqual([
      ['f-forum', [0, 1, 0], 1],
      ['f-org', [1, 0, 2], 3],
      ['f-proc', [0, 0, 1], 1],
    ]);
    expect(table.total).toBe(5);
  });

  it('sorts rows and columns by totals, ties in the store order', () => {
    const table = buildMatrixTable(view, { sort: 'total', types: null });
    expect(table.columns.map((c) => c.id)).toEqual(['a3', 'a1', 'a2']);
    expect(table.rows.map((r) => r.forum.id)).toEqual(['f-org', 'f-forum', 'f-proc']);
    expect(table.rows[0]?.cells).toEqual([['c2', 'c3'], ['c1'], []]);
  });

  it('filters by forum type and recounts the columns', () => {
    const table = buildMatrixTable(view, { sort: 'name', types: ['process', 'forum'] });
    expect(table.rows.map((r) => r.forum.id)).toEqual(['f-forum', 'f-proc']);
    expect(table.columns.map((c) => c.total)).toEqual([0, 1, 1]);
    expect(buildMatrixTable(view, { sort: 'name', types: [] }).rows).toEqual([]);
  });
});

describe('matrixCsv', () => {
  it('writes the visible table with a totals row, quoting what needs it', () => {
    const rows = parseCsv(matrixCsv(buildMatrixTable(view, DEFAULT_MATRIX_STATE)), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'forum_id',
      'forum',
      'type',
      '1. First item',
      '2. Second, with "quotes"',
      '3. Third item',
      'total',
    ]);
    expect(rows[1]).toEqual({
      forum_id: 'f-org',
      forum: 'Beta Organization',
      type: 'organization',
      '1. First item': '1',
      '2. Second, with "quotes"': '0',
      '3. Third item': '2',
      total: '3',
    });
    expect(rows.at(-1)).toMatchObject({ forum: 'Total', total: '5' });
  });

  it('names the file after the view, so the two counts never pass for one another', () => {
    expect(matrixCsvFilename({ parts: false })).toBe('forum-action-matrix.csv');
    expect(matrixCsvFilename({ parts: true })).toBe('forum-action-matrix-with-parts.csv');
  });
});

describe('the matrix of several documents', () => {
  /** Two documents' plans: d1's a1..a3 and d2's b1, b2 (the store lists them by document, each in its order). */
  const several: MatrixView = {
    ...view,
    actions: [
      ...view.actions,
      { id: 'b1', label: 'Other first', documentId: 'd2' },
      { id: 'b2', label: 'Other second', documentId: 'd2' },
    ],
    cells: [...view.cells, { action: 'b2', forum: 'f-org', commitments: ['c9'], curated: [] }],
  };

  it("numbers each document's items from 1, as each document does", () => {
    const table = buildMatrixTable(several, DEFAULT_MATRIX_STATE);
    expect(table.columns.map((c) => [c.id, c.documentId, c.number])).toEqual([
      ['a1', 'd1', 1],
      ['a2', 'd1', 2],
      ['a3', 'd1', 3],
      ['b1', 'd2', 1],
      ['b2', 'd2', 2],
    ]);
  });

  it("keeps one document's items when asked, with the rows' totals of those alone; an unknown one keeps all", () => {
    const table = buildMatrixTable(several, { ...DEFAULT_MATRIX_STATE, document: 'd2' });
    expect(table.columns.map((c) => c.id)).toEqual(['b1', 'b2']);
    expect(table.rows.map((r) => [r.forum.id, r.total])).toEqual([
      ['f-forum', 0],
      ['f-org', 1],
      ['f-proc', 0],
    ]);
    expect(table.total).toBe(1);
    expect(buildMatrixTable(several, { ...DEFAULT_MATRIX_STATE, document: 'nope' }).columns).toHaveLength(5);
  });

  it("names each column's document in the CSV", () => {
    const csv = matrixCsv(
      buildMatrixTable(several, DEFAULT_MATRIX_STATE),
      new Map([
        ['d1', 'Atlantis 2020'],
        ['d2', 'Lemuria 2022'],
      ]),
    );
    expect(csv.split('\n')[0]).toContain('Atlantis 2020: 3. Third item,Lemuria 2022: 1. Other first');
  });
});

describe('matrix URL state', () => {
  it('round-trips every state and leaves defaults out of the URL', () => {
    expect(matrixHref(DEFAULT_MATRIX_STATE)).toBe('/matrix');
    const state = {
      sort: 'total',
      types: ['process', 'organization'],
      parts: true,
      forum: 'arf',
      action: 'action-x',
      document: 'eu-2020',
    } as const;
    const query = serializeMatrixState({ ...state, types: [...state.types] });
    expect(query).toBe('types=organization,process&sort=total&parts=true&document=eu-2020&forum=arf&action=action-x');
    expect(parseMatrixState(query)).toEqual({
      sort: 'total',
      types: ['organization', 'process'],
      parts: true,
      forum: 'arf',
      action: 'action-x',
      document: 'eu-2020',
    });
    expect(matrixHref({ ...DEFAULT_MATRIX_STATE, parts: true })).toBe('/matrix?parts=true');
  });

  it('degrades a hand-edited URL to the defaults instead of failing', () => {
    expect(parseMatrixState('sort=sideways&types=forum,bogus&parts=yes&forum=ARF!&action=x&document=EU!')).toEqual({
      sort: 'name',
      types: ['forum'],
      parts: false,
      forum: null,
      action: null,
      document: null,
    });
    expect(parseMatrixState('types=organization,forum,process')).toMatchObject({ types: null });
    expect(parseMatrixState('forum=arf')).toMatchObject({ forum: null, action: null });
    expect(parseMatrixState('parts=%20TRUE')).toMatchObject({ parts: true });
  });
});

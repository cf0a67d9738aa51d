/** The node table's pages (lib/explorer/table/paging.ts): a page of rows, then a page more at a time. */
import { describe, expect, it } from 'vitest';
import { TABLE_PAGE, tablePage } from '@/lib/explorer/table/paging';
import { realGraph } from '../../support/data';

describe('tablePage', () => {
  it("shows a document's whole graph at once", () => {
    expect(realGraph().graph.order).toBeLessThan(TABLE_PAGE);
    expect(tablePage(229, TABLE_PAGE)).toEqual({ shown: 229, hidden: 0, more: 0 });
  });

  it('shows a big graph a page at a time, the last "more" being what is left', () => {
    expect(tablePage(10_000, TABLE_PAGE)).toEqual({ shown: TABLE_PAGE, hidden: 10_000 - TABLE_PAGE, more: TABLE_PAGE });
    expect(tablePage(1_200, 2 * TABLE_PAGE)).toEqual({ shown: 1_000, hidden: 200, more: 200 });
    expect(tablePage(1_200, 5_000)).toEqual({ shown: 1_200, hidden: 0, more: 0 });
    expect(tablePage(0, TABLE_PAGE)).toEqual({ shown: 0, hidden: 0, more: 0 });
  });
});

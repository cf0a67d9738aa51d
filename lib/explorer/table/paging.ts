/**
 * Table paging
 * ============
 * The node table renders its rows a page at a time: at 10k nodes one render of every row took ≈ 3 s in headless
 * Chromium here and each sort ≈ 1.6 s, with the page frozen meanwhile. A page is more rows than the 2017 document's
 * graph has nodes, so a document's table is whole at once; a big graph's shows its first page with "Show more"
 * (and "Show all"). Sorting, filtering or choosing other rows starts again at the first page. The counts and the
 * CSV are of every row, not the page.
 */

/** Rows rendered at once, and added by "Show more". */
export const TABLE_PAGE = 500;

export interface TablePage {
  /** How many of the rows to render. */
  shown: number;
  /** Rows past the page, and how many "Show more" adds (at most a page). */
  hidden: number;
  more: number;
}

export function tablePage(total: number, limit: number): TablePage {
  const shown = Math.min(total, Math.max(0, limit));
  const hidden = total - shown;
  return { shown, hidden, more: Math.min(hidden, TABLE_PAGE) };
}

/**
 * Foreign history entries
 * =======================
 * A plain `#fragment` link (the skip link, the reader's contents, ¶ and § anchors) makes a history entry the
 * browser writes itself, with no state. Next's router ignores popstate to such an entry, so Back from another page
 * to `/document#ch4-4` changed the address bar and left the other page on screen. The page shown must be the page
 * the address names: when Back or Forward lands on an entry without the router's state whose path or query is not
 * the one rendered, the page is loaded from its address. A fragment-only step within the same page stays with the
 * browser (it scrolls to the anchor; no reload).
 */

/** True when the entry's state is one Next's app router wrote (and so will restore itself). */
export function isRouterEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { __NA?: unknown }).__NA === true;
}

/**
 * True when popstate to `state` at `location` (path + query) must load the page afresh: the router will not
 * restore it and what is rendered (`rendered`, path + query) is another page or another query.
 */
export function mustReloadOnPop(state: unknown, location: string, rendered: string): boolean {
  if (isRouterEntry(state)) return false;
  return samePage(location) !== samePage(rendered);
}

/** Path + query, the query in one order and one encoding (the router's and the address bar's may differ). */
function samePage(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, 'http://page.invalid');
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/**
 * Explorer history
 * ================
 * Writes a change of the explorer's state into the address bar: a new history step or an in-place refinement, as
 * `historyMode` decides (lib/explorer/url/state.ts). Browser-only: it reads and writes `window.location` and
 * `window.history`.
 */
import { explorerHref, historyMode, parseExplorerState, type ExplorerUrlState } from './state';

/** Applies `patch` to the state the address bar holds, writes the result there and returns it. */
export function writeExplorerUrl(patch: Partial<ExplorerUrlState>): ExplorerUrlState {
  const current = parseExplorerState(window.location.search);
  const next = { ...current, ...patch };
  const mode = historyMode(current, next);
  // "none" still returns the state: search text of spaces only is not in the URL but must stay in the input.
  if (mode === 'none') return next;
  const href = explorerHref(next, window.location.pathname);
  // Next.js keeps its router in step with native pushState/replaceState; no server round trip is made.
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  return next;
}

/**
 * Rewrites the address bar, in place, to the URL of `state` (the state read from it): a link as written
 * (`?node=ARF&node=sco&utm_source=x`) then names the view shown, and the next copy of it is not misleading. The
 * fragment stays as it was.
 */
export function canonicaliseExplorerUrl(state: ExplorerUrlState): void {
  const { pathname, search, hash } = window.location;
  const canonical = explorerHref(state, pathname);
  if (canonical !== pathname + search) window.history.replaceState(null, '', canonical + hash);
}

/**
 * Reading position
 * ================
 * Where the reader was scrolled to, kept in the history entry's own state (history.state), so that Back to the
 * reader, from the explorer a mention led to, returns to that place: not to the top when the page is loaded afresh,
 * and not to the sentence of the URL's #anchor when the reader had moved on from it. The state travels with its
 * entry, also across reloads, which a per-URL store would not tell apart.
 */

const KEY = 'atlasReaderScrollY';

type HistoryState = Record<string, unknown>;

function isState(value: unknown): value is HistoryState {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The scroll offset saved in this entry's state, or null when none (a new visit). */
export function savedScrollY(state: unknown): number | null {
  if (!isState(state)) return null;
  const y = state[KEY];
  return typeof y === 'number' && Number.isFinite(y) && y >= 0 ? y : null;
}

/**
 * `fn()` returns the entry's state with the offset added (the router's own fields kept), or null when the entry
 * must stay as it is: an entry without a state is one the router did not write (a native #section jump from the
 * contents), and Next reloads the page on popstate to an entry whose state it does not recognise.
 */
export function withScrollY(state: unknown, y: number): HistoryState | null {
  if (!isState(state) || !Number.isFinite(y)) return null;
  const rounded = Math.max(0, Math.round(y));
  if (state[KEY] === rounded) return null;
  return { ...state, [KEY]: rounded };
}

/**
 * Matrix URL state
 * ================
 * The /matrix page's state lives in its URL so that a view (filter, sort, open cell) can be shared: `types`
 * (comma-separated forum types; absent = all), `sort` (`total`; absent = by name and document order), `parts`
 * (`true`: each forum's row counts the bodies within it too, as GET /api/matrix?parts=true; absent = not), and the
 * open cell as `forum` + `action`, and `document` (one document's items, when several are loaded). Parsing never throws: a hand-edited URL falls back to the defaults.
 */

import { echo } from '../echo';

export const MATRIX_FORUM_TYPES = ['organization', 'forum', 'process'] as const;
export type MatrixForumType = (typeof MATRIX_FORUM_TYPES)[number];
export type MatrixSort = 'name' | 'total';

export interface MatrixState {
  sort: MatrixSort;
  /** Visible forum types; null = all. */
  types: MatrixForumType[] | null;
  /** Count, in a forum's row, the commitments naming a body within it (PART_OF at any depth). */
  parts: boolean;
  forum: string | null;
  action: string | null;
  /** Only this document's plan-of-action items (several documents loaded); null = every document's. */
  document: string | null;
}

export const DEFAULT_MATRIX_STATE: MatrixState = {
  sort: 'name',
  types: null,
  parts: false,
  forum: null,
  action: null,
  document: null,
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type ParamSource = { get(name: string): string | null };

export function parseMatrixState(source: ParamSource | string): MatrixState {
  const params = typeof source === 'string' ? new URLSearchParams(source) : source;
  const rawTypes = params.get('types');
  const types = rawTypes === null ? null : MATRIX_FORUM_TYPES.filter((type) => rawTypes.split(',').includes(type));
  // Ids are case-insensitive, as in the API (`?forum=SCO`): a link typed by hand still opens its cell.
  const forum = params.get('forum')?.trim().toLowerCase();
  const action = params.get('action')?.trim().toLowerCase();
  const document = params.get('document')?.trim().toLowerCase() ?? '';
  const cell =
    forum && action && SLUG.test(forum) && SLUG.test(action) ? { forum, action } : { forum: null, action: null };
  return {
    sort: params.get('sort') === 'total' ? 'total' : 'name',
    types: types && types.length === MATRIX_FORUM_TYPES.length ? null : types,
    // As the API reads it (case and spaces aside); anything else is the default rather than an error page.
    parts: params.get('parts')?.trim().toLowerCase() === 'true',
    ...cell,
    document: SLUG.test(document) ? document : null,
  };
}

export function serializeMatrixState(state: MatrixState): string {
  const params = new URLSearchParams();
  if (state.types) params.set('types', MATRIX_FORUM_TYPES.filter((type) => state.types?.includes(type)).join(','));
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.parts) params.set('parts', 'true');
  if (state.document) params.set('document', state.document);
  if (state.forum && state.action) {
    params.set('forum', state.forum);
    params.set('action', state.action);
  }
  return params.toString().replace(/%2C/g, ',');
}

export function matrixHref(state: MatrixState): string {
  const query = serializeMatrixState(state);
  return query ? `/matrix?${query}` : '/matrix';
}

/**
 * Why the cell a link opens is not in the matrix (an unknown forum or item: a typo, or a link from older data), or
 * null when it is, or when no cell is asked for. The page says so rather than show the matrix as if no cell had
 * been asked for, as the explorer does for an unknown node.
 */
export function missingCellMessage(
  view: { forums: ReadonlyArray<{ id: string }>; actions: ReadonlyArray<{ id: string }> },
  state: Pick<MatrixState, 'forum' | 'action'>,
): string | null {
  if (!state.forum || !state.action) return null;
  const missing: string[] = [];
  if (!view.forums.some((f) => f.id === state.forum))
    missing.push(`no forum, organisation or process ${quoted(state.forum)}`);
  if (!view.actions.some((a) => a.id === state.action)) missing.push(`no plan-of-action item ${quoted(state.action)}`);
  if (missing.length === 0) return null;
  return `The matrix has ${missing.join(' and ')}: the link may be mistyped or from an older version of the data. Open a cell of the table instead.`;
}

/** An id as a message quotes it: at most 40 characters, so a 10k-character link does not fill the page. */
function quoted(id: string): string {
  return `"${echo(id, 40)}"`;
}

/**
 * Why a link's cell could not be read at all, or null: parseMatrixState drops a cell with only one half
 * (`?forum=sco`) or with a half that is not an id (`?forum=%22%3E…`, a link cut or hand-edited), and the page then
 * opened as if no cell had been asked for. Said where missingCellMessage speaks for a well-formed unknown cell.
 */
export function unreadCellMessage(source: ParamSource | string): string | null {
  const params = typeof source === 'string' ? new URLSearchParams(source) : source;
  const forum = params.get('forum')?.trim() ?? '';
  const action = params.get('action')?.trim() ?? '';
  if (!forum && !action) return null;
  const state = parseMatrixState(params);
  if (state.forum && state.action) return null;
  const said = [forum ? `forum ${quoted(forum)}` : 'no forum', action ? `item ${quoted(action)}` : 'no item'];
  return `The link asks for a cell the matrix cannot read (${said.join(', ')}): a cell needs a forum's id and an item's id. Open a cell of the table instead.`;
}

/**
 * Explorer URL state
 * ==================
 * What the explorer shows is held in the URL, so that any view can be linked and reopened: the selected node or
 * edge, a highlighted set of nodes (`highlight=a,b,c`, as the query pages link it), the visible node types, the
 * search text and the view (graph or table), and in the table view its filter and "Show" choice (`filter=`,
 * `show=`: the search box's "N more sentences" is a link to the table so filtered) and, with several documents
 * loaded, the document whose rows it keeps (`doc=`). `parse` never throws: a hand-edited URL degrades to the
 * defaults rather than to an error page. Whether `doc=` names a loaded document only the graph can tell: the table
 * ignores one that does not (lib/explorer/table/documents.ts chosenDocument).
 */
import { normaliseEdgeKey, normaliseId } from '@/lib/graph/ids';
import { isNodeType, NODE_TYPE_ORDER } from '../graph/kinds';
import type { NodeType } from '@/lib/graph/schema';
import { MAX_HIGHLIGHT } from '@/lib/queries/links';
import { ROW_SHOW_CHOICES, type RowShow } from '../table/rows';

export type ExplorerView = 'graph' | 'table';

export interface ExplorerUrlState {
  node: string | null;
  edge: string | null;
  /** Highlighted node ids in link order, without duplicates (at most MAX_HIGHLIGHT); null means none. */
  highlight: string[] | null;
  /** Visible node types; null means all of them. */
  types: NodeType[] | null;
  q: string;
  view: ExplorerView;
  /** The node table's filter text and "Show" choice; in the URL only with the table view. */
  filter: string;
  show: RowShow;
  /** The node table's "Document" choice, a document id (null: all documents); also only with the table view. */
  doc: string | null;
}

export const DEFAULT_STATE: ExplorerUrlState = {
  node: null,
  edge: null,
  highlight: null,
  types: null,
  q: '',
  view: 'graph',
  filter: '',
  show: 'all',
  doc: null,
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_EDGE_KEY = 300;
/** The longest search text the URL holds; the search box takes no more, so its text and the URL's always agree. */
export const MAX_QUERY = 200;

type ParamSource = URLSearchParams | string | { get(name: string): string | null };

export function parseExplorerState(source: ParamSource): ExplorerUrlState {
  const params = typeof source === 'string' ? new URLSearchParams(source) : source;
  // Ids are lower-case slugs: `?node=ARF` (typed or pasted) names arf, as the API reads it.
  const rawNode = params.get('node');
  const node = rawNode === null ? null : normaliseId(rawNode);
  const rawEdge = params.get('edge');
  const edge = rawEdge === null ? null : normaliseEdgeKey(rawEdge);
  const rawTypes = params.get('types');
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const view: ExplorerView = params.get('view') === 'table' ? 'table' : 'graph';
  const validNode = node && SLUG.test(node) ? node : null;
  return {
    node: validNode,
    // A node wins over an edge: one selection at a time.
    edge: !validNode && edge && edge.length <= MAX_EDGE_KEY ? edge : null,
    highlight: normaliseHighlight((params.get('highlight') ?? '').split(',')),
    types: rawTypes === null ? null : normaliseTypes(rawTypes.split(',').filter(isNodeType)),
    q,
    view,
    filter: view === 'table' ? (params.get('filter') ?? '').slice(0, MAX_QUERY) : '',
    show: view === 'table' ? showChoice(params.get('show')) : 'all',
    doc: view === 'table' ? documentId(params.get('doc')) : null,
  };
}

/** A document id named in the URL (read like a node's: a slug, case aside), or null for none or a garbled one. */
function documentId(value: string | null): string | null {
  const id = value === null ? '' : normaliseId(value);
  return SLUG.test(id) ? id : null;
}

/** A "Show" choice named in the URL, or all nodes for none or one the table does not offer. */
function showChoice(value: string | null): RowShow {
  return ROW_SHOW_CHOICES.find((choice) => choice.value === value)?.value ?? 'all';
}

/** Types in legend order without duplicates; null when every type is visible (the default needs no parameter). */
export function normaliseTypes(types: readonly string[]): NodeType[] | null {
  const set = new Set(types);
  const ordered = NODE_TYPE_ORDER.filter((type) => set.has(type));
  return ordered.length === NODE_TYPE_ORDER.length ? null : ordered;
}

/**
 * Valid node ids (slugs) in their given order without duplicates, cut at MAX_HIGHLIGHT like the links that make
 * them; null when none is left, so an empty or garbled `highlight=` is no highlight at all.
 */
export function normaliseHighlight(ids: readonly string[]): string[] | null {
  const kept = new Set<string>();
  for (const raw of ids) {
    const id = normaliseId(raw);
    if (kept.size >= MAX_HIGHLIGHT) break;
    if (SLUG.test(id)) kept.add(id);
  }
  return kept.size ? [...kept] : null;
}

/** A query string (without "?") in a fixed parameter order, so equal states give equal URLs. */
export function serializeExplorerState(state: ExplorerUrlState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  else if (state.edge) params.set('edge', state.edge);
  const highlight = state.highlight ? normaliseHighlight(state.highlight) : null;
  if (highlight) params.set('highlight', highlight.join(','));
  const types = state.types ? normaliseTypes(state.types) : null;
  if (types) params.set('types', types.join(','));
  if (state.q.trim()) params.set('q', state.q.slice(0, MAX_QUERY));
  if (state.view !== 'graph') params.set('view', state.view);
  if (state.view === 'table') {
    if (state.filter.trim()) params.set('filter', state.filter.slice(0, MAX_QUERY));
    if (state.show !== 'all') params.set('show', state.show);
    if (state.doc) params.set('doc', state.doc);
  }
  // URLSearchParams escapes "," and ":"; both are safe in a query and far easier to read in a shared link.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

export function explorerHref(state: ExplorerUrlState, pathname = '/'): string {
  const query = serializeExplorerState(state);
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * How a change enters the browser history: a new selection, highlight or view is a step that Back undoes (so
 * Back after "Clear" brings a highlight back); typing in the search box or toggling a filter refines the current
 * step in place, so Back walks selections, not keystrokes.
 */
export function historyMode(previous: ExplorerUrlState, next: ExplorerUrlState): 'push' | 'replace' | 'none' {
  if (serializeExplorerState(previous) === serializeExplorerState(next)) return 'none';
  if (
    previous.node !== next.node ||
    previous.edge !== next.edge ||
    previous.view !== next.view ||
    highlightKey(previous.highlight) !== highlightKey(next.highlight)
  ) {
    return 'push';
  }
  return 'replace';
}

/** One string per highlight (order kept), for comparisons and effect dependencies. */
export function highlightKey(highlight: readonly string[] | null): string {
  return highlight ? (normaliseHighlight(highlight)?.join(',') ?? '') : '';
}

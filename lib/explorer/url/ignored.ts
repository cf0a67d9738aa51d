/**
 * What a link asked for that the explorer ignored
 * ===============================================
 * parseExplorerState reads any URL without failing, dropping what it cannot read. Dropped silently, a shared link
 * that was cut short, hand-edited or made for other data (`?node=%22%3E…`, `?types=forums`, `?view=tabel`) opened
 * the plain explorer with nothing to say why the selection it promised was missing. This lists, in words, each
 * part of the query string the state does not carry, for a notice beside the search box; the address bar is then
 * rewritten to the state (explorerHref), so the link the user copies next is the view they see. An unknown node
 * that is a well-formed id is not listed: the details panel says it is not in the graph.
 */
import { isNodeType } from '../graph/kinds';
import { echo } from '@/lib/echo';
import { MAX_HIGHLIGHT } from '@/lib/queries/links';
import { MAX_QUERY, parseExplorerState } from './state';

const KNOWN = new Set(['node', 'edge', 'highlight', 'types', 'q', 'view', 'filter', 'show', 'doc']);
const TABLE_ONLY = ['filter', 'show', 'doc'];
/** A value as the notice quotes it: at most 40 characters, so a 10k-character value does not fill the screen. */
function quote(value: string): string {
  return `"${echo(value, 40)}"`;
}

/** Each ignored part of `search` (a query string, with or without "?") as a short phrase; empty when none was. */
export function ignoredInLink(search: string): string[] {
  const params = new URLSearchParams(search);
  const state = parseExplorerState(params);
  const ignored: string[] = [];
  const names = [...new Set(params.keys())];
  for (const name of names) {
    if (!KNOWN.has(name)) ignored.push(`the unknown parameter ${quote(name)}`);
    else if (params.getAll(name).length > 1) ignored.push(`all but the first ${name}=`);
  }
  const node = params.get('node')?.trim();
  if (node && !state.node) ignored.push(`node ${quote(node)}, which is not a node id`);
  const edge = params.get('edge')?.trim();
  if (edge && !state.edge) ignored.push(state.node ? 'the edge (a node is selected)' : `edge ${quote(edge)}`);
  const types = params.get('types');
  const unknownTypes = types === null ? [] : types.split(',').filter((t) => t.trim() && !isNodeType(t));
  if (unknownTypes.length)
    ignored.push(`the unknown type${unknownTypes.length > 1 ? 's' : ''} ${unknownTypes.map(quote).join(', ')}`);
  const view = params.get('view');
  if (view !== null && view !== 'graph' && view !== 'table') ignored.push(`view ${quote(view)}`);
  const highlight = (params.get('highlight') ?? '').split(',').filter((id) => id.trim());
  const kept = state.highlight?.length ?? 0;
  const distinct = new Set(highlight.map((id) => id.trim().toLowerCase())).size;
  if (distinct > kept) {
    const why = distinct > MAX_HIGHLIGHT ? `a link highlights at most ${MAX_HIGHLIGHT}` : 'not node ids';
    ignored.push(`${distinct - kept} of the ${distinct} highlighted ids (${why})`);
  }
  if ((params.get('q') ?? '').length > MAX_QUERY) ignored.push(`the search text past ${MAX_QUERY} characters`);
  if (state.view === 'table') {
    if ((params.get('filter') ?? '').length > MAX_QUERY) ignored.push(`the filter past ${MAX_QUERY} characters`);
    const show = params.get('show');
    if (show !== null && show !== state.show) ignored.push(`show ${quote(show)}`);
    const doc = params.get('doc')?.trim();
    if (doc && !state.doc) ignored.push(`doc ${quote(doc)}, which is not a document id`);
  } else {
    const tableOnly = TABLE_ONLY.filter((name) => params.get(name));
    if (tableOnly.length) ignored.push(`${tableOnly.map((n) => `${n}=`).join(', ')} (for the table view only)`);
  }
  return ignored;
}

/**
 * Links out of the query pages
 * ============================
 * Where a result row or a matrix cell sends the reader: the explorer with one node or relationship selected
 * (`/?node=`, `/?edge=`), the
 * explorer with a subgraph highlighted (`/?highlight=` with comma-separated node ids), and the reader at a
 * commitment (`/document?id=<document>#<commitment>`); and back from the explorer, the named query that answers the
 * matrix's question for one forum or one plan-of-action item (`/query?name=actions-for-forum&forum=<id>`).
 */

import { isForumType } from '@/lib/graph/schema';

/** Long highlight lists are cut: a URL stays shareable, and a subgraph of hundreds of nodes highlights nothing. */
export const MAX_HIGHLIGHT = 300;

export function explorerNodeHref(id: string): string {
  return `/?node=${encodeURIComponent(id)}`;
}

export function explorerEdgeHref(key: string): string {
  return `/?edge=${encodeURIComponent(key)}`;
}

export function explorerHighlightHref(ids: readonly string[]): string {
  const unique = [...new Set(ids)].slice(0, MAX_HIGHLIGHT);
  return `/?highlight=${unique.map(encodeURIComponent).join(',')}`;
}

export function readerHref(documentId: string, commitmentId: string): string {
  return `/document?id=${encodeURIComponent(documentId)}#${encodeURIComponent(commitmentId)}`;
}

/** The named query that crosses a forum with the plan of action, or a plan-of-action item with the forums. */
export function planOfActionQueryHref(node: { id: string; type: string }): string | null {
  if (node.type === 'action') return `/query?${new URLSearchParams({ name: 'forums-for-action', action: node.id })}`;
  if (isForumType(node.type)) return `/query?${new URLSearchParams({ name: 'actions-for-forum', forum: node.id })}`;
  return null;
}

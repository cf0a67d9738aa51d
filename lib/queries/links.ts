/**
 * Links out of the query pages
 * ============================
 * Where a result row or a matrix cell sends the reader: the explorer with one node or relationship selected
 * (`/?node=`, `/?edge=`), the
 * explorer with a subgraph highlighted (`/?highlight=` with comma-separated node ids), and the reader at a
 * commitment (`/document?id=<document>#<commitment>`).
 */

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

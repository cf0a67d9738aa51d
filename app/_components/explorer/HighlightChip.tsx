/**
 * Highlight chip
 * ==============
 * Says that a set of nodes is highlighted (a "Show in explorer" link from the query pages: `?highlight=a,b,c`),
 * how many of them the graph holds, and offers to list them in the table and to clear the highlight. Plain buttons
 * in the explorer bar, so Tab reaches them; the count is words, not colour. Only the sentence is a live region: with
 * the buttons inside it, a screen reader read the whole status as "List — Clear".
 */
'use client';

import type { ExplorerView } from '@/lib/explorer/url/state';

interface Props {
  /** Ids in the URL. */
  requested: number;
  /** Of those, the ones in the graph; null while the graph loads. */
  found: number | null;
  view: ExplorerView;
  onShowTable: () => void;
  onClear: () => void;
}

function nodes(n: number): string {
  return `${n} ${n === 1 ? 'node' : 'nodes'}`;
}

export function HighlightChip({ requested, found, view, onShowTable, onClear }: Props) {
  const shown = found ?? requested;
  const missing = found === null ? 0 : requested - found;
  return (
    <div className="highlight-chip" data-testid="highlight-chip">
      <span role="status">
        Highlighting {nodes(shown)}
        {missing > 0 ? <span className="muted"> ({missing} not in the graph)</span> : null}
      </span>
      {view !== 'table' ? (
        <button type="button" className="link-button" onClick={onShowTable} aria-label="List highlighted nodes">
          List
        </button>
      ) : null}
      <span aria-hidden="true">—</span>
      <button type="button" className="chip-clear" onClick={onClear} aria-label="Clear highlight">
        Clear
      </button>
    </div>
  );
}

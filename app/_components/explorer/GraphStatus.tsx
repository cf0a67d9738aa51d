/**
 * Graph status
 * ============
 * What the graph panel shows before the network can be drawn: a loading note, or why the graph could not be
 * loaded with a "Try again" button (the store banner says when the database is down; the graph loads again by
 * itself once it is back). The frame carries `data-graph-ready="false"` like the view it stands in for.
 */
'use client';

import type { GraphLoad } from '@/lib/explorer/graph/useClientGraph';

interface Props {
  load: GraphLoad;
  onRetry: () => void;
  /** In the table view: a paragraph, not a frame over the canvas area. */
  inline?: boolean;
}

export function GraphStatus({ load, onRetry, inline = false }: Props) {
  const body =
    load.status === 'error' ? (
      <div className="graph-error" role="alert">
        <p>
          The network could not be loaded: {load.message}.
          {load.unavailable ? ' It will load by itself once the store answers again.' : ''}
        </p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    ) : (
      <p className="graph-loading">Loading the network…</p>
    );
  if (inline) return <div className="table-status">{body}</div>;
  return (
    <div className="graph-frame" data-graph-ready="false" aria-busy={load.status === 'loading'}>
      {body}
    </div>
  );
}

/**
 * Details panel
 * =============
 * The <aside aria-label="Details"> beside the graph (a drawer on small screens): what is selected, fetched from the
 * API, or a short guide when nothing is; a notice when the filter keeps the selection off the canvas. Focus moves
 * to the heading of a new selection made from within the panel so keyboard users land on what they chose.
 */
'use client';

import { useEffect } from 'react';
import type { NodeType } from '@/lib/graph/schema';
import { hiddenTypes } from '@/lib/explorer/filters/types';
import type { SelectionDetails } from '@/lib/explorer/selection/useSelectionDetails';
import type { ProvenanceSources } from '@/lib/explorer/selection/sources';
import { EdgeDetails } from './EdgeDetails';
import { HiddenTypeNotice } from './HiddenTypeNotice';
import { NodeDetails } from './NodeDetails';

interface Props {
  id: string;
  open: boolean;
  selection: SelectionDetails;
  /** The legend's filter (null = every type), to say when the selected node's type is hidden. */
  visibleTypes: NodeType[] | null;
  /** Shows hidden types again (from the notice). */
  onShowTypes: (types: readonly NodeType[]) => void;
  sources: ProvenanceSources;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClear: () => void;
  onClose: () => void;
  /** Asks again for details that failed to load. */
  onRetry: () => void;
}

export function DetailsPanel({
  id,
  open,
  selection,
  visibleTypes,
  onShowTypes,
  sources,
  onSelectNode,
  onSelectEdge,
  onClear,
  onClose,
  onRetry,
}: Props) {
  const hidden =
    selection.status === 'node'
      ? { subject: 'node' as const, types: hiddenTypes(visibleTypes, [selection.details.node.type]) }
      : selection.status === 'edge'
        ? {
            subject: 'relationship' as const,
            types: hiddenTypes(visibleTypes, [selection.details.source.type, selection.details.target.type]),
          }
        : null;
  useEffect(() => {
    if (!open) return;
    // A drawer opened by a shared link (/?node=…) has nothing focused yet: Escape from the page itself closes it too.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.activeElement && document.activeElement !== document.body) return;
      const close = document.getElementById(id)?.querySelector<HTMLElement>('.drawer-close');
      if (!close || close.offsetParent === null) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, id, onClose]);
  return (
    <aside
      id={id}
      className="details"
      aria-label="Details"
      data-open={open ? 'true' : 'false'}
      // On a phone it is a sheet over the graph's bottom: the camera frames a selection above it (view-frame.ts).
      data-covers-graph="bottom"
      // Focusable (not a Tab stop): the Details button on a phone opens the drawer with focus in it.
      tabIndex={-1}
      aria-busy={selection.status === 'loading'}
      onKeyDown={(event) => {
        // As a drawer (narrow screens, where its close button shows) it closes on Escape like any overlay; the wide
        // layout's column is no overlay and stays.
        const close = event.currentTarget.querySelector<HTMLElement>('.drawer-close');
        if (event.key !== 'Escape' || event.defaultPrevented || !close || close.offsetParent === null) return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="details-actions">
        {selection.status !== 'none' ? (
          <button type="button" className="link-button" onClick={onClear}>
            Clear selection
          </button>
        ) : null}
        <button type="button" className="drawer-close" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      {selection.status === 'none' ? (
        <div className="details-empty">
          <h2>Details</h2>
          <p>Search for an actor, principle or forum, or click a node or a relationship in the graph.</p>
          <p className="muted">Every relationship stated in the text links to the sentence it comes from.</p>
        </div>
      ) : null}
      {selection.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {selection.status === 'error' ? (
        <div role="alert" className="details-error">
          <p className="error">
            Could not load the details: {selection.message}.
            {selection.unavailable ? ' They will load by themselves once the store answers again.' : ''}
          </p>
          {selection.notFound ? (
            <p>The link may be mistyped or from an older version of the data: search for what you were looking for.</p>
          ) : (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      ) : null}
      {hidden && hidden.types.length > 0 ? (
        <HiddenTypeNotice types={hidden.types} subject={hidden.subject} onShow={onShowTypes} />
      ) : null}
      {selection.status === 'node' ? (
        <NodeDetails
          details={selection.details}
          sources={sources}
          onSelectNode={onSelectNode}
          onSelectEdge={onSelectEdge}
        />
      ) : null}
      {selection.status === 'edge' ? (
        <EdgeDetails details={selection.details} sources={sources} onSelectNode={onSelectNode} />
      ) : null}
    </aside>
  );
}

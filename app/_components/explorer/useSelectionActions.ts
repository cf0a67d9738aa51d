/**
 * Selection actions
 * =================
 * What selecting does in the explorer, apart from the URL it writes: the details drawer opens (on small screens;
 * the wide layout's column ignores it), and a selection made from the search box or the panel moves focus to the new
 * details once they have loaded, so a keyboard user lands on what they chose.
 */
'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SelectionDetails } from '@/lib/explorer/selection/useSelectionDetails';
import type { ExplorerUrlState } from '@/lib/explorer/url/state';

export function useSelectionActions(
  navigate: (patch: Partial<ExplorerUrlState>) => void,
  selection: SelectionDetails,
  /** A shared link that selects something opens the drawer. */
  openAtFirst: boolean,
) {
  const [drawerOpen, setDrawerOpen] = useState(openAtFirst);
  const focusDetails = useRef(false);

  useEffect(() => {
    if (!focusDetails.current || (selection.status !== 'node' && selection.status !== 'edge')) return;
    focusDetails.current = false;
    document.getElementById('details-title')?.focus();
  }, [selection]);

  const selectNode = useCallback(
    (node: string) => {
      navigate({ node, edge: null });
      setDrawerOpen(true);
    },
    [navigate],
  );
  const selectEdge = useCallback(
    (edge: string) => {
      navigate({ node: null, edge });
      setDrawerOpen(true);
    },
    [navigate],
  );
  const selectAndFocus = useCallback(
    (node: string) => {
      focusDetails.current = true;
      selectNode(node);
    },
    [selectNode],
  );
  const selectEdgeAndFocus = useCallback(
    (edge: string) => {
      focusDetails.current = true;
      selectEdge(edge);
    },
    [selectEdge],
  );
  return { drawerOpen, setDrawerOpen, selectNode, selectEdge, selectAndFocus, selectEdgeAndFocus };
}

/**
 * Selection actions
 * =================
 * What selecting does in the explorer, apart from the URL it writes: the details drawer opens (on small screens;
 * the wide layout's column ignores it), and a selection made from the search box or the panel moves focus to the new
 * details once they have loaded, so a keyboard user lands on what they chose. A selection that removes the control
 * it was made from (a row of the relationships table, a link in the details left by Back/Forward) puts focus on
 * what replaced it rather than letting the browser drop it to <body>, where a screen reader loses its place and the
 * next Tab starts from the top of the page.
 */
'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { focusTargetAfterSelection, noteFocus, type FocusAtChange } from '@/lib/explorer/selection/focus-fallback';
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
  // What had focus when the selection last changed, read once its details are shown (the change may remove it).
  const focusAtChange = useRef<FocusAtChange | null>(null);
  /** Called before a selection changes (a selection here, Back/Forward): see focusAtChange. */
  const noteFocusAtChange = useCallback(() => {
    focusAtChange.current = noteFocus();
  }, []);

  useEffect(() => {
    if (selection.status === 'loading') return;
    const before = focusAtChange.current;
    focusAtChange.current = null;
    if (focusDetails.current && (selection.status === 'node' || selection.status === 'edge')) {
      focusDetails.current = false;
      document.getElementById('details-title')?.focus();
      return;
    }
    const target = before ? focusTargetAfterSelection(before, selection.status) : null;
    if (target) document.querySelector<HTMLElement>(target)?.focus();
  }, [selection]);

  const selectNode = useCallback(
    (node: string) => {
      noteFocusAtChange();
      navigate({ node, edge: null });
      setDrawerOpen(true);
    },
    [navigate, noteFocusAtChange],
  );
  const selectEdge = useCallback(
    (edge: string) => {
      noteFocusAtChange();
      navigate({ node: null, edge });
      setDrawerOpen(true);
    },
    [navigate, noteFocusAtChange],
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
  return {
    drawerOpen,
    setDrawerOpen,
    selectNode,
    selectEdge,
    selectAndFocus,
    selectEdgeAndFocus,
    noteFocusAtChange,
  };
}

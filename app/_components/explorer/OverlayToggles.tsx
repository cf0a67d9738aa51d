/**
 * Overlay toggles
 * ===============
 * The "Legend" and "Details" buttons of the explorer's bar, shown on small screens, where the legend and the details
 * are overlays over the graph: one open at a time, and focus goes into the one opened, so Escape closes it from
 * there (on wide screens both are columns beside the graph and the buttons are hidden by CSS).
 */
'use client';

import type { Dispatch, SetStateAction } from 'react';
import { focusAfterRender } from '@/lib/explorer/focus';

interface Props {
  legendOpen: boolean;
  drawerOpen: boolean;
  /** A node or a relationship is selected: the drawer opens onto its heading rather than the empty panel. */
  hasSelection: boolean;
  setLegendOpen: Dispatch<SetStateAction<boolean>>;
  setDrawerOpen: Dispatch<SetStateAction<boolean>>;
}

export function OverlayToggles({ legendOpen, drawerOpen, hasSelection, setLegendOpen, setDrawerOpen }: Props) {
  return (
    <>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={legendOpen}
        aria-controls="legend"
        onClick={() => {
          if (!legendOpen) {
            setDrawerOpen(false);
            focusAfterRender('#legend-title');
          }
          setLegendOpen((o) => !o);
        }}
      >
        Legend
      </button>
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={drawerOpen}
        aria-controls="details"
        onClick={() => {
          if (!drawerOpen) {
            setLegendOpen(false);
            focusAfterRender(hasSelection ? '#details-title' : '#details');
          }
          setDrawerOpen((o) => !o);
        }}
      >
        Details
      </button>
    </>
  );
}

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

/** One overlay's button: opening it closes the other overlay and puts focus into it (at `focusOnOpen`). */
function OverlayToggle(props: {
  className: string;
  controls: string;
  label: string;
  open: boolean;
  setOpen: Dispatch<SetStateAction<boolean>>;
  closeOther: () => void;
  focusOnOpen: string;
}) {
  const { className, controls, label, open, setOpen, closeOther, focusOnOpen } = props;
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => {
        if (!open) {
          closeOther();
          focusAfterRender(focusOnOpen);
        }
        setOpen((o) => !o);
      }}
    >
      {label}
    </button>
  );
}

export function OverlayToggles({ legendOpen, drawerOpen, hasSelection, setLegendOpen, setDrawerOpen }: Props) {
  return (
    <>
      <OverlayToggle
        className="legend-toggle"
        controls="legend"
        label="Legend"
        open={legendOpen}
        setOpen={setLegendOpen}
        closeOther={() => setDrawerOpen(false)}
        focusOnOpen="#legend-title"
      />
      <OverlayToggle
        className="drawer-toggle"
        controls="details"
        label="Details"
        open={drawerOpen}
        setOpen={setDrawerOpen}
        closeOther={() => setLegendOpen(false)}
        focusOnOpen={hasSelection ? '#details-title' : '#details'}
      />
    </>
  );
}

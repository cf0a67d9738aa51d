/**
 * View tabs
 * =========
 * Graph or table: an ARIA tablist with a roving tabindex, so Tab reaches the active tab and the arrow keys (Home,
 * End) move between views, which activate on focus.
 */
'use client';

import { useRef } from 'react';
import type { ExplorerView } from '@/lib/explorer/url/state';

const VIEWS: ReadonlyArray<{ id: ExplorerView; label: string }> = [
  { id: 'graph', label: 'Graph' },
  { id: 'table', label: 'Table' },
];

export function viewTabId(view: ExplorerView): string {
  return `view-tab-${view}`;
}

export function viewPanelId(view: ExplorerView): string {
  return `view-panel-${view}`;
}

export function ViewTabs({ view, onChange }: { view: ExplorerView; onChange: (view: ExplorerView) => void }) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const go = (index: number) => {
    const next = VIEWS[(index + VIEWS.length) % VIEWS.length];
    if (!next) return;
    onChange(next.id);
    refs.current[VIEWS.indexOf(next)]?.focus();
  };
  return (
    <div role="tablist" aria-label="View" className="view-tabs">
      {VIEWS.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={viewTabId(tab.id)}
          aria-selected={view === tab.id}
          aria-controls={viewPanelId(tab.id)}
          tabIndex={view === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight' || event.key === 'ArrowDown') go(index + 1);
            else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') go(index - 1);
            else if (event.key === 'Home') go(0);
            else if (event.key === 'End') go(VIEWS.length - 1);
            else return;
            event.preventDefault();
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

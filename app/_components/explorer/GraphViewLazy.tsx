/**
 * Lazy graph view
 * ===============
 * Sigma touches WebGL and `window` when imported, so the graph view is loaded in the browser only.
 */
'use client';

import dynamic from 'next/dynamic';

export const GraphViewLazy = dynamic(() => import('./GraphView'), {
  ssr: false,
  loading: () => (
    <div className="graph-frame" data-graph-ready="false">
      <p className="graph-loading">Loading the network…</p>
    </div>
  ),
});

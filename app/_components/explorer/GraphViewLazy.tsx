/**
 * Lazy graph view
 * ===============
 * Sigma touches WebGL and `window` when imported, so the graph view is loaded in the browser only. Its chunk is
 * requested as soon as this module runs in the browser (while the page hydrates and the graph JSON downloads),
 * not when the view first renders, which would put its download after hydration on the way to the first frame.
 */
'use client';

import dynamic from 'next/dynamic';

const load = () => import('./GraphView');
if (typeof window !== 'undefined') void load();

export const GraphViewLazy = dynamic(load, {
  ssr: false,
  loading: () => (
    <div className="graph-frame" data-graph-ready="false">
      <p className="graph-loading">Loading the network…</p>
    </div>
  ),
});

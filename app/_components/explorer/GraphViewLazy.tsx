/**
 * Lazy graph view
 * ===============
 * Sigma touches WebGL and `window` when imported, so the graph view is loaded in the browser only. Its chunk is
 * requested as soon as this module runs in the browser (while the page hydrates and the graph JSON downloads), not
 * when the view first renders, which would put its download after hydration on the way to the first frame.
 *
 * Not `next/dynamic`: that is React.lazy under a Suspense boundary, and React holds back revealing a boundary's
 * content until some 300 ms after its fallback was shown (so that quick loads do not flicker). On the way to the
 * first frame that throttle left the main thread idle for 100–150 ms with everything ready. A state update, which
 * is not throttled, shows the view as soon as its chunk has run; if it ran before the graph arrived, at once.
 */
'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { GraphViewProps } from './GraphView';

type View = ComponentType<GraphViewProps>;

let loaded: View | null = null;
const loading: Promise<View> | null =
  typeof window === 'undefined'
    ? null
    : import('./GraphView').then((module) => {
        loaded = module.default;
        return loaded;
      });
// A failed chunk load is shown where the graph would be (below), not reported as an unhandled rejection.
loading?.catch(() => {});

/**
 * Where the view will be. A failure is an alert (announced at once, like GraphStatus's error): it replaces a view the
 * analyst is waiting for, and nothing else on the page would say so; loading is not, or every visit would speak.
 */
function Placeholder({ children, failed = false }: { children: string; failed?: boolean }) {
  return (
    <div className="graph-frame" data-graph-ready="false">
      {/* Keyed: the alert must be a new element to be announced; a loading note that only took the role would not. */}
      <p key={failed ? 'failed' : 'loading'} className="graph-loading" role={failed ? 'alert' : undefined}>
        {children}
      </p>
    </div>
  );
}

export function GraphViewLazy(props: GraphViewProps) {
  // Rendered only once the graph has been fetched, after hydration: the server never renders this with a view.
  const [view, setView] = useState<{ View: View } | { failed: true } | null>(() => (loaded ? { View: loaded } : null));

  useEffect(() => {
    if (view || !loading) return;
    let alive = true;
    loading.then(
      (View) => alive && setView({ View }),
      () => alive && setView({ failed: true }),
    );
    return () => {
      alive = false;
    };
  }, [view]);

  if (!view) return <Placeholder>Loading the network…</Placeholder>;
  if ('failed' in view) {
    return (
      <Placeholder failed>The graph view could not be loaded. Reload the page, or use the Table view.</Placeholder>
    );
  }
  return <view.View {...props} />;
}

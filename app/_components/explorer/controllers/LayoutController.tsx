/**
 * LayoutController
 * ================
 * Runs the chosen layout of the registry on sigma's graph. A worker layout gets a fresh supervisor per run, which is
 * stopped and killed (its web worker terminated) when the run is stopped, when the layout changes and when the view
 * unmounts, so leaving the page never leaves a worker behind. A sync layout animates the nodes to its positions.
 * The registry (ForceAtlas2 and its worker) is imported when a run starts, not with the page: no first frame needs
 * it, and it was ≈ 20 KB of the page's first scripts.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { animateNodes } from 'sigma/utils';
import { homeTarget } from '@/lib/explorer/graph/camera';
import { motionMs } from '@/lib/explorer/graph/motion';
import { viewFrame } from '@/lib/explorer/graph/view-frame';

interface Props {
  layoutId: string;
  /** Incremented by each "Run layout" press; 0 means never run. */
  runId: number;
  running: boolean;
  onFinished: () => void;
}

export function LayoutController({ layoutId, runId, running, onFinished }: Props) {
  const sigma = useSigma();
  useEffect(() => {
    if (!running || runId === 0) return;
    // Set by the cleanup: a run stopped (or replaced) while its code was still loading never starts.
    let cancelled = false;
    let stop: (() => void) | undefined;
    import('@/lib/explorer/layouts/registry')
      .then(({ getLayout, layoutSettings }) => {
        if (cancelled) return;
        const layout = getLayout(layoutId);
        const graph = sigma.getGraph();
        if (layout.type === 'worker') {
          const supervisor = layout.supervisor(graph, layoutSettings(layout));
          supervisor.start();
          stop = () => {
            supervisor.stop();
            supervisor.kill();
          };
          return;
        }
        // A new layout moves everything: show all of it, rather than the old view's corner of the new shape, framed
        // as the first view and "Fit" frame it (clear of the toolbar).
        const done = () => {
          sigma
            .getCamera()
            .animate(homeTarget(viewFrame(sigma)), { duration: motionMs(300) })
            .catch(() => undefined);
          onFinished();
        };
        stop = animateNodes(graph, layout.run(graph, layoutSettings(layout)), { duration: motionMs(600) }, done);
      })
      .catch((error: unknown) => {
        // The layout's code could not be fetched (offline): end the run rather than show "Stop layout" forever.
        console.error('app/explorer/layout: could not load the layouts', error);
        if (!cancelled) onFinished();
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [sigma, layoutId, runId, running, onFinished]);
  return null;
}

/**
 * ReadyController
 * ===============
 * Reports sigma's first rendered frame, which the graph container exposes as `data-graph-ready="true"` for tests
 * and benchmarks. Sigma draws once in its constructor, before children mount, so this asks for one more frame and
 * reports after it.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function ReadyController({ onReady }: { onReady: () => void }) {
  const sigma = useSigma();
  useEffect(() => {
    let done = false;
    const handle = () => {
      if (done) return;
      done = true;
      onReady();
    };
    sigma.once('afterRender', handle);
    sigma.scheduleRender();
    return () => {
      done = true;
      sigma.off('afterRender', handle);
    };
  }, [sigma, onReady]);
  return null;
}

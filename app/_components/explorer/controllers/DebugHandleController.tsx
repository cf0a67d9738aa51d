/**
 * DebugHandleController
 * =====================
 * Exposes `window.atlasExplorer.nodeViewport(id)`: where a node is drawn, in CSS pixels of the graph container.
 * Browser tests use it to click a real edge on the canvas (WebGL draws no DOM to aim at). Read-only by design.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

declare global {
  interface Window {
    atlasExplorer?: { nodeViewport(id: string): { x: number; y: number } | null };
  }
}

export function DebugHandleController() {
  const sigma = useSigma();
  useEffect(() => {
    window.atlasExplorer = {
      nodeViewport(id) {
        const graph = sigma.getGraph();
        if (!graph.hasNode(id)) return null;
        const { x, y } = graph.getNodeAttributes(id);
        return sigma.graphToViewport({ x: Number(x), y: Number(y) });
      },
    };
    return () => {
      delete window.atlasExplorer;
    };
  }, [sigma]);
  return null;
}

/**
 * DebugHandleController
 * =====================
 * Exposes `window.atlasExplorer`: where a node is drawn, in CSS pixels of the graph container, how it is drawn
 * (colour, label, emphasis), and whether the camera has arrived. Browser tests use it to click a real edge on
 * the canvas and to check what is emphasised (WebGL draws no DOM to aim at or to read). Read-only by design.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export interface NodeDrawing {
  color: string;
  label: string | null;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

declare global {
  interface Window {
    atlasExplorer?: {
      /** Every node's id, drawn or not. */
      nodeIds(): string[];
      nodeViewport(id: string): { x: number; y: number } | null;
      nodeDrawing(id: string): NodeDrawing | null;
      /**
       * The camera has arrived (at a selection) and that frame is drawn. Positions are those of the last drawn
       * frame (what a click hits), so until then they are not where things will stay.
       */
      cameraSettled(): boolean;
    };
  }
}

export function DebugHandleController() {
  const sigma = useSigma();
  useEffect(() => {
    const camera = sigma.getCamera();
    // Mounted after CameraController, whose move to a selection may have begun already.
    let settled = !camera.isAnimated();
    const moved = () => {
      settled = false;
    };
    const drawn = () => {
      if (!camera.isAnimated()) settled = true;
    };
    camera.on('updated', moved);
    sigma.on('afterRender', drawn);
    window.atlasExplorer = {
      nodeIds: () => sigma.getGraph().nodes(),
      nodeViewport(id) {
        const graph = sigma.getGraph();
        if (!graph.hasNode(id)) return null;
        const { x, y } = graph.getNodeAttributes(id);
        return sigma.graphToViewport({ x: Number(x), y: Number(y) });
      },
      nodeDrawing(id) {
        const data = sigma.getNodeDisplayData(id);
        if (!data) return null;
        const { color, label, hidden, highlighted, forceLabel, zIndex } = data;
        return { color, label, hidden, highlighted, forceLabel, zIndex };
      },
      cameraSettled: () => settled,
    };
    return () => {
      camera.off('updated', moved);
      sigma.off('afterRender', drawn);
      delete window.atlasExplorer;
    };
  }, [sigma]);
  return null;
}

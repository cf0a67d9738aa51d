/**
 * CameraController
 * ================
 * Moves the camera to the selection: to a selected node, or to the middle of a selected edge. Zooms in only as far
 * as needed, so following a chain of neighbours does not keep zooming.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

const FOCUS_RATIO = 0.6;
const DURATION_MS = 450;

export function CameraController({
  selectedNode,
  selectedEdge,
}: {
  selectedNode: string | null;
  selectedEdge: string | null;
}) {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    const ends =
      selectedNode && graph.hasNode(selectedNode)
        ? [selectedNode]
        : selectedEdge && graph.hasEdge(selectedEdge)
          ? graph.extremities(selectedEdge)
          : [];
    if (ends.length === 0) return;
    // From the graph's own coordinates, not getNodeDisplayData: a reducer change in the same commit has just
    // refilled sigma's display cache with un-normalised positions that its next render will frame.
    const points = ends.map((node) => {
      const { x, y } = graph.getNodeAttributes(node);
      return sigma.viewportToFramedGraph(sigma.graphToViewport({ x: Number(x), y: Number(y) }));
    });
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
    const camera = sigma.getCamera();
    camera.animate({ x, y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: DURATION_MS }).catch(() => {
      // A newer animation (another selection) replaced this one: nothing to do.
    });
  }, [sigma, selectedNode, selectedEdge]);
  return null;
}

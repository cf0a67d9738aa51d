/**
 * CameraController
 * ================
 * Moves the camera to what the reader is looking at: a selected node, the middle of a selected edge, or else the
 * highlighted nodes (fitted into view). Zooms in on a selection only as far as needed, so following a chain of
 * neighbours does not keep zooming.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { fitPoints } from '@/lib/explorer/graph/camera';

const FOCUS_RATIO = 0.6;
const DURATION_MS = 450;

interface Props {
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Highlighted ids joined by commas ('' for none): a string, so an equal highlight never re-runs the effect. */
  highlightKey: string;
}

export function CameraController({ selectedNode, selectedEdge, highlightKey }: Props) {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    const selected =
      selectedNode && graph.hasNode(selectedNode)
        ? [selectedNode]
        : selectedEdge && graph.hasEdge(selectedEdge)
          ? graph.extremities(selectedEdge)
          : [];
    const ends = selected.length
      ? selected
      : highlightKey
        ? highlightKey.split(',').filter((node) => graph.hasNode(node))
        : [];
    if (ends.length === 0) return;
    // From the graph's own coordinates, not getNodeDisplayData: a reducer change in the same commit has just
    // refilled sigma's display cache with un-normalised positions that its next render will frame.
    const points = ends.map((node) => {
      const { x, y } = graph.getNodeAttributes(node);
      return sigma.viewportToFramedGraph(sigma.graphToViewport({ x: Number(x), y: Number(y) }));
    });
    const fit = fitPoints(points, { single: FOCUS_RATIO });
    if (!fit) return;
    const camera = sigma.getCamera();
    const target = selected.length ? { ...fit, ratio: Math.min(camera.ratio, FOCUS_RATIO) } : fit;
    camera.animate(target, { duration: DURATION_MS }).catch(() => {
      // A newer animation (another selection) replaced this one: nothing to do.
    });
  }, [sigma, selectedNode, selectedEdge, highlightKey]);
  return null;
}

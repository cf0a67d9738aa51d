/**
 * CameraController
 * ================
 * Moves the camera to what the reader is looking at: a selected node with its neighbours (the ones the details
 * panel lists and the canvas emphasises, all in view with room for their labels), a selected edge's two ends, or
 * else the highlighted nodes. Neighbours of a type the legend hides do not count: they are not drawn. A change of
 * filters alone does not move the camera. With nothing to show, the first view is the whole graph. Every target is
 * fitted below the toolbar, which covers the top of the canvas, and on a phone above the open details sheet, so no
 * node it frames is hidden under them; opening or closing the sheet frames the selection again. Under reduced
 * motion the camera goes there at once.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type Sigma from 'sigma';
import { clearOfOverlay, fitLabelledPoints, homeTarget } from '@/lib/explorer/graph/camera';
import type { ClientEdgeAttributes, ClientNodeAttributes } from '@/lib/explorer/graph/client-graph';
import { labelNearFocus } from '@/lib/explorer/graph/display';
import { motionMs } from '@/lib/explorer/graph/motion';
import { viewFrame } from '@/lib/explorer/graph/view-frame';

/** A node without (visible) neighbours: close enough to read, far enough to see what is around it. */
const FOCUS_RATIO = 0.6;
const DURATION_MS = 450;

/** Framed-graph units per viewport pixel at ratio 1 (the scale does not depend on where the camera is). */
function unitsPerPixel(sigma: Sigma<ClientNodeAttributes, ClientEdgeAttributes>): number {
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState });
  const b = sigma.viewportToFramedGraph({ x: 100, y: 0 }, { cameraState });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100;
}

let measuring: CanvasRenderingContext2D | null | undefined;
/** A label's width in pixels in sigma's label font (0 where canvas text cannot be measured). */
function textWidth(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return 0;
  measuring.font = font;
  return measuring.measureText(text).width;
}

interface Props {
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Highlighted ids joined by commas ('' for none): a string, so an equal highlight never re-runs the effect. */
  highlightKey: string;
  /** Shown node types (null = all): read when the selection changes, not a reason to move by itself. */
  visibleTypes: ReadonlySet<string> | null;
  /**
   * The details drawer is open: on a phone a sheet over the graph's bottom, above which a selection is framed; when
   * it opens or closes, the selection is framed again in the room it leaves (on a wide screen it covers nothing).
   */
  detailsOpen: boolean;
}

export function CameraController({ selectedNode, selectedEdge, highlightKey, visibleTypes, detailsOpen }: Props) {
  const sigma = useSigma<ClientNodeAttributes, ClientEdgeAttributes>();
  const shown = useRef(visibleTypes);
  const first = useRef(true);
  useEffect(() => {
    // Before the camera's effect below, which reads it in the same commit.
    shown.current = visibleTypes;
  }, [visibleTypes]);
  useEffect(() => {
    const graph = sigma.getGraph();
    const isShown = (node: string) => shown.current?.has(graph.getNodeAttribute(node, 'nodeType')) ?? true;
    const selected = selectedNode && graph.hasNode(selectedNode) ? selectedNode : null;
    const ends = selected
      ? [selected, ...graph.neighbors(selected).filter(isShown)]
      : selectedEdge && graph.hasEdge(selectedEdge)
        ? graph.extremities(selectedEdge)
        : highlightKey
          ? highlightKey.split(',').filter((node) => graph.hasNode(node))
          : [];
    const opening = first.current;
    first.current = false;
    if (ends.length === 0) {
      // Sigma's home view fills the canvas, toolbar included; the first view leaves the toolbar's strip free. A
      // selection that is cleared later keeps the camera where the reader left it.
      if (opening) sigma.getCamera().setState(homeTarget(viewFrame(sigma)));
      return;
    }
    const font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
    // From the graph's own coordinates, not getNodeDisplayData: a reducer change in the same commit has just
    // refilled sigma's display cache with un-normalised positions that its next render will frame.
    const points = ends.map((node) => {
      const attributes = graph.getNodeAttributes(node);
      const point = sigma.viewportToFramedGraph(
        sigma.graphToViewport({ x: Number(attributes.x), y: Number(attributes.y) }),
      );
      // Around a selection only its own label and its neighbours' forced ones; every other set shows them all.
      const label = labelNearFocus(attributes, !selected || node === selected);
      return { ...point, labelPx: label ? attributes.size + 3 + textWidth(label, font) : 0 };
    });
    const fitted = fitLabelledPoints(points, unitsPerPixel(sigma), { single: FOCUS_RATIO });
    if (!fitted) return;
    const fit = clearOfOverlay(fitted, viewFrame(sigma));
    sigma
      .getCamera()
      .animate(fit, { duration: motionMs(DURATION_MS) })
      .catch(() => {
        // A newer animation (another selection) replaced this one: nothing to do.
      });
    // detailsOpen is read through the DOM (viewFrame measures the sheet): a dependency to move when it changes.
  }, [sigma, selectedNode, selectedEdge, highlightKey, detailsOpen]);
  return null;
}

/**
 * DisplayController
 * =================
 * Installs sigma's node and edge reducers from the explorer state (type filters, hover, selection, search hits).
 * The rules themselves are pure functions in lib/explorer/graph/display.ts; this only feeds them and refreshes.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { ClientEdgeAttributes, ClientNodeAttributes } from '@/lib/explorer/graph/client-graph';
import { edgeDisplay, nodeDisplay, type DisplayState } from '@/lib/explorer/graph/display';

interface Props {
  visibleTypes: ReadonlySet<string> | null;
  hoveredNode: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  searchHits: ReadonlySet<string>;
}

export function DisplayController({ visibleTypes, hoveredNode, selectedNode, selectedEdge, searchHits }: Props) {
  const sigma = useSigma<ClientNodeAttributes, ClientEdgeAttributes>();
  useEffect(() => {
    const graph = sigma.getGraph();
    const focus =
      hoveredNode && graph.hasNode(hoveredNode)
        ? hoveredNode
        : selectedNode && graph.hasNode(selectedNode)
          ? selectedNode
          : null;
    const edge = selectedEdge && graph.hasEdge(selectedEdge) ? selectedEdge : null;
    const state: DisplayState = {
      visibleTypes,
      focus,
      focusNeighbors: new Set(focus ? graph.neighbors(focus) : []),
      selectedNode:
        focus === selectedNode ? selectedNode : selectedNode && graph.hasNode(selectedNode) ? selectedNode : null,
      selectedEdge: edge,
      edgeEnds: new Set(edge ? graph.extremities(edge) : []),
      searchHits,
    };
    sigma.setSetting('nodeReducer', (node, attributes) => ({ ...attributes, ...nodeDisplay(node, attributes, state) }));
    sigma.setSetting('edgeReducer', (key, attributes) => ({
      ...attributes,
      ...edgeDisplay(key, attributes, graph.source(key), graph.target(key), state),
    }));
  }, [sigma, visibleTypes, hoveredNode, selectedNode, selectedEdge, searchHits]);
  return null;
}

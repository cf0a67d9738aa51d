/**
 * DisplayController
 * =================
 * Feeds the explorer state (type filters, hover, selection, search hits, highlight) to the display rules whose
 * reducers sigma was created with (lib/explorer/graph/display.ts), and refreshes sigma once when it changed. The
 * initial state is already in the rules when sigma first draws, so mounting costs no second pass over the graph.
 */
'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { DisplayInput, DisplayRules } from '@/lib/explorer/graph/display';

interface Props extends DisplayInput {
  rules: DisplayRules;
}

export function DisplayController({
  rules,
  visibleTypes,
  hoveredNode,
  selectedNode,
  selectedEdge,
  searchHits,
  highlight,
}: Props) {
  const sigma = useSigma();
  useEffect(() => {
    const changed = rules.update({ visibleTypes, hoveredNode, selectedNode, selectedEdge, searchHits, highlight });
    // One pass through the reducers now, the drawing at the next frame.
    if (changed) sigma.refresh({ schedule: true });
  }, [sigma, rules, visibleTypes, hoveredNode, selectedNode, selectedEdge, searchHits, highlight]);
  return null;
}

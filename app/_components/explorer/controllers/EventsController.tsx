/**
 * EventsController
 * ================
 * Pointer behaviour on the canvas: hovering a node highlights its neighbourhood, clicking a node or an edge
 * selects it. The pointer cursor tells what is clickable.
 */
'use client';

import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

interface Props {
  onHover: (node: string | null) => void;
  onSelectNode: (node: string) => void;
  onSelectEdge: (edge: string) => void;
}

export function EventsController({ onHover, onSelectNode, onSelectEdge }: Props) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const container = sigma.getContainer();
    const pointer = (on: boolean) => {
      container.style.cursor = on ? 'pointer' : '';
    };
    registerEvents({
      enterNode: ({ node }) => {
        pointer(true);
        onHover(node);
      },
      leaveNode: () => {
        pointer(false);
        onHover(null);
      },
      enterEdge: () => pointer(true),
      leaveEdge: () => pointer(false),
      clickNode: ({ node }) => onSelectNode(node),
      clickEdge: ({ edge }) => onSelectEdge(edge),
    });
  }, [sigma, registerEvents, onHover, onSelectNode, onSelectEdge]);
  return null;
}

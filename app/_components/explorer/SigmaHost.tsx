/**
 * Sigma host
 * ==========
 * Creates the sigma instance over the client graph and hands it to the renderless controllers through
 * @react-sigma's context (so `useSigma`, `useCamera`, `useRegisterEvents` work as under its <SigmaContainer>).
 * Unlike <SigmaContainer>, it asks sigma for its next frame in the very task that created it: sigma draws once in
 * its constructor, and letting the browser composite that frame first (as a React commit in between did) made the
 * next one wait for the GPU to present it, up to seconds with software WebGL on a large graph.
 */
'use client';

import { SigmaProvider, type SigmaContextInterface } from '@react-sigma/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { ClientEdgeAttributes, ClientGraph, ClientNodeAttributes } from '@/lib/explorer/graph/client-graph';
import { mark } from '@/lib/explorer/perf/marks';

interface Props {
  graph: ClientGraph;
  /** Read once, when sigma is created: change behaviour through the controllers, not through new settings. */
  settings: Partial<Settings<ClientNodeAttributes, ClientEdgeAttributes>>;
  className?: string;
  /** After sigma's first frame following its construction (the ready signal's half that sigma owns). */
  onFirstFrame: () => void;
  children: ReactNode;
}

export function SigmaHost({ graph, settings, className, onFirstFrame, children }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<SigmaContextInterface | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    const container = containerRef.current;
    if (!root || !container) return;
    const sigma = new Sigma(graph, container, settings);
    mark('sigma-created');
    let alive = true;
    sigma.once('afterRender', () => {
      if (!alive) return;
      mark('first-frame');
      onFirstFrame();
    });
    sigma.scheduleRender();
    // The context is typed for any graph; the controllers read our attributes through their own type parameters.
    setContext({ sigma: sigma as unknown as SigmaContextInterface['sigma'], container: root });
    return () => {
      alive = false;
      sigma.kill();
    };
  }, [graph, settings, onFirstFrame]);

  return (
    <div ref={rootRef} className={`react-sigma ${className ?? ''}`}>
      <div ref={containerRef} className="sigma-container" />
      {context ? <SigmaProvider value={context}>{children}</SigmaProvider> : null}
    </div>
  );
}

/**
 * Graph view
 * ==========
 * The WebGL network: a <SigmaContainer> over the client graph, with behaviour in renderless controllers (display
 * rules, pointer events, camera, layout, ready signal) and the toolbar. Loaded only in the browser (sigma needs
 * WebGL), through GraphViewLazy.
 */
'use client';

import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { useCallback, useState } from 'react';
import { EdgeArrowProgram, NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ClientEdgeAttributes, ClientGraph, ClientNodeAttributes } from '@/lib/explorer/graph/client-graph';
import { EDGE_PROGRAM, NODE_PROGRAM } from '@/lib/explorer/graph/client-graph';
import type { LegendEntry } from '@/lib/explorer/export/legend';
import { CameraController } from './controllers/CameraController';
import { DebugHandleController } from './controllers/DebugHandleController';
import { DisplayController } from './controllers/DisplayController';
import { EventsController } from './controllers/EventsController';
import { LayoutController } from './controllers/LayoutController';
import { ReadyController } from './controllers/ReadyController';
import { GraphToolbar } from './GraphToolbar';

/** Stable (module-level): SigmaContainer re-creates sigma whenever its settings object changes. */
const SIGMA_SETTINGS: Partial<Settings<ClientNodeAttributes, ClientEdgeAttributes>> = {
  allowInvalidContainer: true,
  enableEdgeEvents: true,
  renderEdgeLabels: false,
  zIndex: true,
  defaultNodeType: NODE_PROGRAM,
  defaultEdgeType: EDGE_PROGRAM.text,
  nodeProgramClasses: { [NODE_PROGRAM]: NodeCircleProgram },
  edgeProgramClasses: { [EDGE_PROGRAM.text]: EdgeArrowProgram, [EDGE_PROGRAM.curated]: EdgeCurvedArrowProgram },
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  labelSize: 12,
  labelWeight: '600',
  labelColor: { color: '#1b1f23' },
  labelRenderedSizeThreshold: 6,
  labelDensity: 0.6,
  labelGridCellSize: 120,
  minCameraRatio: 0.05,
  maxCameraRatio: 5,
};

export interface GraphViewProps {
  graph: ClientGraph;
  visibleTypes: ReadonlySet<string> | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  searchHits: ReadonlySet<string>;
  legend: readonly LegendEntry[];
  onSelectNode: (node: string) => void;
  onSelectEdge: (edge: string) => void;
}

export default function GraphView({
  graph,
  visibleTypes,
  selectedNode,
  selectedEdge,
  searchHits,
  legend,
  onSelectNode,
  onSelectEdge,
}: GraphViewProps) {
  const [ready, setReady] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const [layoutId, setLayoutId] = useState('forceatlas2');
  const [runId, setRunId] = useState(0);
  const [running, setRunning] = useState(false);
  const markReady = useCallback(() => setReady(true), []);
  const finished = useCallback(() => setRunning(false), []);

  return (
    <div
      className="graph-frame"
      data-graph-ready={ready ? 'true' : 'false'}
      data-layout-running={running ? 'true' : 'false'}
    >
      <SigmaContainer graph={graph} settings={SIGMA_SETTINGS} className="graph-canvas">
        <ReadyController onReady={markReady} />
        <DisplayController
          visibleTypes={visibleTypes}
          hoveredNode={hovered}
          selectedNode={selectedNode}
          selectedEdge={selectedEdge}
          searchHits={searchHits}
        />
        <EventsController onHover={setHovered} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
        <CameraController selectedNode={selectedNode} selectedEdge={selectedEdge} />
        <LayoutController layoutId={layoutId} runId={runId} running={running} onFinished={finished} />
        <DebugHandleController />
        <GraphToolbar
          layoutId={layoutId}
          running={running}
          legend={legend}
          onLayoutChange={setLayoutId}
          onRun={() => {
            setRunId((id) => id + 1);
            setRunning(true);
          }}
          onStop={() => setRunning(false)}
        />
      </SigmaContainer>
    </div>
  );
}

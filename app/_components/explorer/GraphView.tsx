/**
 * Graph view
 * ==========
 * The WebGL network: sigma over the client graph (SigmaHost), with behaviour in renderless controllers (display
 * rules, pointer events, camera, layout, ready signal) and the toolbar. Rendered only in the browser (the explorer
 * shows it once the graph has arrived); on the server its modules are only evaluated, over server-webgl-stub's
 * constants, because sigma reads WebGL's when it is imported. Sigma is created with the display rules' reducers
 * in its settings, so its first pass over the graph is the only one before the first frame.
 */
'use client';

import '@/lib/explorer/graph/server-webgl-stub';
import '@react-sigma/core/lib/style.css';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { useCallback, useState } from 'react';
import { drawDiscNodeHover, drawDiscNodeLabel, EdgeArrowProgram, NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ClientEdgeAttributes, ClientGraph, ClientNodeAttributes } from '@/lib/explorer/graph/client-graph';
import { EDGE_PROGRAM, NODE_PROGRAM } from '@/lib/explorer/graph/client-graph';
import { DisplayRules } from '@/lib/explorer/graph/display';
import { createHoverDrawer, createLabelDrawer } from '@/lib/explorer/graph/labels';
import type { LegendEntry } from '@/lib/explorer/export/legend';
import { CameraController } from './controllers/CameraController';
import { DebugHandleController } from './controllers/DebugHandleController';
import { DisplayController } from './controllers/DisplayController';
import { EventsController } from './controllers/EventsController';
import { LayoutController } from './controllers/LayoutController';
import { ReadyController } from './controllers/ReadyController';
import { GraphToolbar } from './GraphToolbar';
import { SigmaHost } from './SigmaHost';

type SigmaSettings = Partial<Settings<ClientNodeAttributes, ClientEdgeAttributes>>;

/** Shared by every instance; each adds its own reducers once (sigma reads its settings when created). */
const SIGMA_SETTINGS: SigmaSettings = {
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
  /** Highlighted node ids (`?highlight=`), or null. */
  highlight: readonly string[] | null;
  legend: readonly LegendEntry[];
  /** The details drawer is open (a sheet over the graph's bottom on a phone; a column beside it otherwise). */
  detailsOpen: boolean;
  onSelectNode: (node: string) => void;
  onSelectEdge: (edge: string) => void;
}

export default function GraphView({
  graph,
  visibleTypes,
  selectedNode,
  selectedEdge,
  searchHits,
  highlight,
  legend,
  detailsOpen,
  onSelectNode,
  onSelectEdge,
}: GraphViewProps) {
  // Created once, from the state at mount; DisplayController keeps them current.
  const [rules] = useState(
    () =>
      new DisplayRules(graph, { visibleTypes, hoveredNode: null, selectedNode, selectedEdge, searchHits, highlight }),
  );
  const [settings] = useState<SigmaSettings>(() => ({
    ...SIGMA_SETTINGS,
    nodeReducer: rules.nodeReducer,
    edgeReducer: rules.edgeReducer,
    // Per instance: it remembers the boxes of the frame it is drawing.
    defaultDrawNodeLabel: createLabelDrawer(drawDiscNodeLabel),
    // The selection's pill, shortened to end at the canvas's edge (see labels.ts).
    defaultDrawNodeHover: createHoverDrawer(drawDiscNodeHover),
  }));
  // Ready = sigma's first frame after construction, and the controllers mounted (see ReadyController).
  const [framed, setFramed] = useState(false);
  const [mounted, setMounted] = useState(false);
  const ready = framed && mounted;
  const [hovered, setHovered] = useState<string | null>(null);
  const [layoutId, setLayoutId] = useState('forceatlas2');
  const [runId, setRunId] = useState(0);
  const [running, setRunning] = useState(false);
  const markFramed = useCallback(() => setFramed(true), []);
  const markMounted = useCallback(() => setMounted(true), []);
  const finished = useCallback(() => setRunning(false), []);

  return (
    <div
      className="graph-frame"
      data-graph-ready={ready ? 'true' : 'false'}
      data-layout-running={running ? 'true' : 'false'}
    >
      <SigmaHost graph={graph} settings={settings} className="graph-canvas" onFirstFrame={markFramed}>
        <DisplayController
          rules={rules}
          highlight={highlight}
          visibleTypes={visibleTypes}
          hoveredNode={hovered}
          selectedNode={selectedNode}
          selectedEdge={selectedEdge}
          searchHits={searchHits}
        />
        <EventsController onHover={setHovered} onSelectNode={onSelectNode} onSelectEdge={onSelectEdge} />
        <CameraController
          selectedNode={selectedNode}
          selectedEdge={selectedEdge}
          highlightKey={highlight ? highlight.join(',') : ''}
          visibleTypes={visibleTypes}
          detailsOpen={detailsOpen}
        />
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
        <ReadyController onMounted={markMounted} />
      </SigmaHost>
    </div>
  );
}

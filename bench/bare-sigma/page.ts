/**
 * Bare sigma page
 * ===============
 * The baseline of the first-frame benchmark: a page that only loads sigma and graphology, fetches the graph JSON
 * the explorer draws (same origin), builds the graphology graph, renders it with the explorer's node and edge
 * programs and label settings, and sets `data-graph-ready="true"` after sigma's next rendered frame, exactly as the
 * explorer's ReadyController does. No React, no framework: the floor our explorer is measured against.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import { EdgeArrowProgram, NodeCircleProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
// Two colour strings (a type-only import behind them): the bundle stays sigma + graphology.
import { EDGE_COLOR } from '../../lib/graph/style';

async function main(): Promise<void> {
  const container = document.getElementById('graph');
  if (!container) throw new Error('bench/bare-sigma: no #graph container');
  const response = await fetch('/api/graph');
  if (!response.ok) throw new Error(`bench/bare-sigma: GET /api/graph answered ${response.status}`);
  performance.mark('atlas:graph-response');
  const data = (await response.json()) as SerializedGraph;
  performance.mark('atlas:graph-parsed');

  // Sigma picks a WebGL program by the `type` attribute, so it must name a program, as in the explorer.
  const graph = new MultiDirectedGraph();
  for (const { key, attributes = {} } of data.nodes) {
    graph.addNode(key, {
      label: attributes.label,
      x: attributes.x,
      y: attributes.y,
      size: attributes.size,
      color: attributes.color,
      type: 'circle',
    });
  }
  for (const { key, source, target, attributes = {} } of data.edges) {
    const curated = attributes.basis === 'curated';
    graph.addEdgeWithKey(key ?? `${source}->${target}`, source, target, {
      type: curated ? 'curved' : 'arrow',
      color: curated ? EDGE_COLOR.curated : EDGE_COLOR.text,
      size: curated ? 1.5 : 1,
    });
  }

  performance.mark('atlas:graph-built');
  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: false,
    zIndex: true,
    defaultNodeType: 'circle',
    defaultEdgeType: 'arrow',
    nodeProgramClasses: { circle: NodeCircleProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    labelSize: 12,
    labelWeight: '600',
    labelColor: { color: '#1b1f23' },
    labelRenderedSizeThreshold: 6,
    labelDensity: 0.6,
    labelGridCellSize: 120,
  });
  // Sigma draws once in its constructor; like the explorer's ReadyController, report after the next frame. The
  // marks are the explorer's (lib/explorer/perf/marks.ts), so both sides' profiles read alike.
  performance.mark('atlas:sigma-created');
  sigma.once('afterRender', () => {
    performance.mark('atlas:first-frame');
    container.setAttribute('data-graph-ready', 'true');
  });
  sigma.scheduleRender();
}

main().catch((error: unknown) => {
  document.body.setAttribute('data-error', error instanceof Error ? error.message : String(error));
  console.error(error);
});

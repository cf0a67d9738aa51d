/**
 * Layout registry
 * ===============
 * Every layout the explorer offers, as data: `{id, type: "sync" | "worker", parameters}`. Sync layouts return
 * positions at once (the view animates to them); worker layouts return a supervisor with start/stop/kill that runs
 * in a web worker and must be killed when its view unmounts. The first paint never runs a layout: it uses the
 * positions computed server-side by a seeded ForceAtlas2 (lib/graph/layout.ts).
 */
import type Graph from 'graphology-types';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';

export type LayoutMapping = Record<string, { x: number; y: number }>;

export interface LayoutParameter {
  id: string;
  label: string;
  type: 'number' | 'boolean';
  default: number | boolean;
  min?: number;
  max?: number;
  step?: number;
}

export type LayoutSettings = Record<string, number | boolean>;

export interface LayoutSupervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

interface LayoutBase {
  id: string;
  label: string;
  description: string;
  parameters: LayoutParameter[];
}

export interface SyncLayout extends LayoutBase {
  type: 'sync';
  run(graph: Graph, settings: LayoutSettings): LayoutMapping;
}

export interface WorkerLayout extends LayoutBase {
  type: 'worker';
  supervisor(graph: Graph, settings: LayoutSettings): LayoutSupervisor;
}

export type Layout = SyncLayout | WorkerLayout;

const forceAtlas2Layout: WorkerLayout = {
  id: 'forceatlas2',
  label: 'ForceAtlas2',
  type: 'worker',
  description: 'Continuous force-directed layout: linked nodes attract, all nodes repel. Runs until stopped.',
  parameters: [
    { id: 'gravity', label: 'Gravity', type: 'number', default: 1, min: 0, max: 20, step: 0.5 },
    { id: 'scalingRatio', label: 'Scaling', type: 'number', default: 10, min: 0.1, max: 100, step: 0.1 },
    { id: 'linLogMode', label: 'LinLog mode', type: 'boolean', default: false },
    { id: 'slowDown', label: 'Slow down', type: 'number', default: 5, min: 1, max: 50, step: 1 },
  ],
  supervisor(graph, settings) {
    return new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), ...settings },
    });
  },
};

const circularLayout: SyncLayout = {
  id: 'circular',
  label: 'Circle',
  type: 'sync',
  description: 'All nodes on one circle, in graph order.',
  parameters: [{ id: 'scale', label: 'Scale', type: 'number', default: 200, min: 1, max: 1000, step: 1 }],
  run(graph, settings) {
    return circular(graph, { scale: Number(settings.scale ?? 200) }) as LayoutMapping;
  },
};

const initialLayout: SyncLayout = {
  id: 'initial',
  label: 'Initial (seeded ForceAtlas2)',
  type: 'sync',
  description: 'Back to the deterministic positions the server computed.',
  parameters: [],
  run(graph) {
    const mapping: LayoutMapping = {};
    graph.forEachNode((node, attributes) => {
      // The client graph keeps the server's positions in `meta` (lib/explorer/graph/client-graph.ts).
      const { x0: x, y0: y } = (attributes.meta ?? {}) as { x0?: unknown; y0?: unknown };
      if (typeof x === 'number' && typeof y === 'number') mapping[node] = { x, y };
    });
    return mapping;
  },
};

export const LAYOUTS: readonly Layout[] = [forceAtlas2Layout, circularLayout, initialLayout];

export function getLayout(id: string): Layout {
  const layout = LAYOUTS.find((candidate) => candidate.id === id);
  if (!layout) throw new Error(`lib/explorer/layouts: unknown layout "${id}"`);
  return layout;
}

/** Each parameter's default, overridden by the given values of the right type. */
export function layoutSettings(layout: Layout, overrides: LayoutSettings = {}): LayoutSettings {
  const settings: LayoutSettings = {};
  for (const parameter of layout.parameters) {
    const value = overrides[parameter.id];
    settings[parameter.id] =
      typeof value === typeof parameter.default ? (value as number | boolean) : parameter.default;
  }
  return settings;
}

/**
 * Layout registry
 * ===============
 * Every layout the explorer offers, as data: `{id, type: "sync" | "worker", parameters}`. Sync layouts return
 * positions at once (the view animates to them); worker layouts return a supervisor with start/stop/kill that runs
 * in a web worker and must be killed when its view unmounts. The first paint never runs a layout: it uses the
 * positions computed server-side by a seeded ForceAtlas2 (lib/graph/layout.ts). What the toolbar shows of each
 * layout is ./catalog's; this module, with ForceAtlas2 and its worker, is only imported when a layout runs.
 */
import type Graph from 'graphology-types';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { CIRCULAR_INFO, FORCE_ATLAS2_INFO, INITIAL_INFO, type LayoutInfo } from './catalog';

export type { LayoutParameter } from './catalog';

export type LayoutMapping = Record<string, { x: number; y: number }>;

export type LayoutSettings = Record<string, number | boolean>;

export interface LayoutSupervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export interface SyncLayout extends LayoutInfo {
  type: 'sync';
  run(graph: Graph, settings: LayoutSettings): LayoutMapping;
}

export interface WorkerLayout extends LayoutInfo {
  type: 'worker';
  supervisor(graph: Graph, settings: LayoutSettings): LayoutSupervisor;
}

export type Layout = SyncLayout | WorkerLayout;

const forceAtlas2Layout: WorkerLayout = {
  ...FORCE_ATLAS2_INFO,
  parameters: [...FORCE_ATLAS2_INFO.parameters],
  supervisor(graph, settings) {
    return new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), ...settings },
    });
  },
};

const circularLayout: SyncLayout = {
  ...CIRCULAR_INFO,
  parameters: [...CIRCULAR_INFO.parameters],
  run(graph, settings) {
    return circular(graph, { scale: Number(settings.scale ?? 200) }) as LayoutMapping;
  },
};

const initialLayout: SyncLayout = {
  ...INITIAL_INFO,
  parameters: [...INITIAL_INFO.parameters],
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

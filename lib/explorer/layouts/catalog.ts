/**
 * Layout catalog
 * ==============
 * What the toolbar shows of each layout (id, label, description, kind, parameters), apart from the code that runs
 * it (./registry). The toolbar is on the first frame's path and a layout only runs on "Run layout": keeping
 * ForceAtlas2, its worker and the circular layout out of this file keeps them out of the page's first scripts
 * (LayoutController imports the registry when a run starts). The registry builds on these entries, so the two
 * cannot disagree.
 */

export interface LayoutParameter {
  id: string;
  label: string;
  type: 'number' | 'boolean';
  default: number | boolean;
  min?: number;
  max?: number;
  step?: number;
}

export interface LayoutInfo {
  id: string;
  label: string;
  /** "sync" layouts return positions at once; "worker" ones run in a web worker until stopped. */
  type: 'sync' | 'worker';
  description: string;
  parameters: LayoutParameter[];
}

export const FORCE_ATLAS2_INFO = {
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
} as const satisfies LayoutInfo;

export const CIRCULAR_INFO = {
  id: 'circular',
  label: 'Circle',
  type: 'sync',
  description: 'All nodes on one circle, in graph order.',
  parameters: [{ id: 'scale', label: 'Scale', type: 'number', default: 200, min: 1, max: 1000, step: 1 }],
} as const satisfies LayoutInfo;

export const INITIAL_INFO = {
  id: 'initial',
  label: 'Initial (seeded ForceAtlas2)',
  type: 'sync',
  description: 'Back to the deterministic positions the server computed.',
  parameters: [],
} as const satisfies LayoutInfo;

/** In the toolbar's order; the registry's LAYOUTS follows it. */
export const LAYOUT_CATALOG: readonly LayoutInfo[] = [FORCE_ATLAS2_INFO, CIRCULAR_INFO, INITIAL_INFO];

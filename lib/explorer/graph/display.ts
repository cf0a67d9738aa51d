/**
 * Display rules
 * =============
 * How each node and edge is drawn for the current explorer state: hidden types, the focused node (hovered, else
 * selected) with its neighbourhood, a selected edge, search hits. Pure functions of the attributes and the state,
 * wrapped into sigma reducers by GraphReducersController, so the rules are unit-tested without WebGL.
 */
import type { ClientEdgeAttributes, ClientNodeAttributes } from './client-graph';

export const FADED_NODE = '#dfe3e8';
export const FADED_EDGE = '#eef1f4';
export const FOCUS_EDGE = '#455a64';
export const SELECTED_EDGE = '#0550ae';

export interface DisplayState {
  /** Visible node types; null = all. */
  visibleTypes: ReadonlySet<string> | null;
  /** Hovered node, else selected node: the one whose neighbourhood stands out. */
  focus: string | null;
  /** Neighbours of `focus`. */
  focusNeighbors: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Ends of the selected edge. */
  edgeEnds: ReadonlySet<string>;
  searchHits: ReadonlySet<string>;
}

export interface NodeDisplay {
  label: string | null;
  color: string;
  size: number;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  color: string;
  size: number;
  hidden: boolean;
  zIndex: number;
}

/** Commitment labels are whole sentences: drawn only when the commitment is in focus, or the canvas is unreadable. */
const QUIET_TYPES = new Set(['commitment']);
const SHORT_LABEL = 48;

function shortLabel(label: string): string {
  return label.length > SHORT_LABEL ? `${label.slice(0, SHORT_LABEL - 1).trimEnd()}…` : label;
}

export function nodeDisplay(node: string, attributes: ClientNodeAttributes, state: DisplayState): NodeDisplay {
  const display: NodeDisplay = {
    label: QUIET_TYPES.has(attributes.nodeType) ? null : attributes.label,
    color: attributes.color,
    size: attributes.size,
    hidden: state.visibleTypes !== null && !state.visibleTypes.has(attributes.nodeType),
    highlighted: false,
    forceLabel: false,
    zIndex: 1,
  };
  if (display.hidden) return display;

  const inFocus = state.focus === node || state.edgeEnds.has(node);
  const near = state.focus !== null && state.focusNeighbors.has(node);
  const dimmed = (state.focus !== null || state.edgeEnds.size > 0) && !inFocus && !near;

  if (inFocus) {
    Object.assign(display, { label: shortLabel(attributes.label), highlighted: true, forceLabel: true, zIndex: 3 });
  } else if (near) {
    Object.assign(display, {
      label: shortLabel(attributes.label),
      forceLabel: !QUIET_TYPES.has(attributes.nodeType),
      zIndex: 2,
    });
  } else if (dimmed) {
    Object.assign(display, { color: FADED_NODE, label: null, zIndex: 0 });
  }
  if (node === state.selectedNode || state.searchHits.has(node)) {
    Object.assign(display, { highlighted: true, forceLabel: true, label: shortLabel(attributes.label), zIndex: 3 });
  }
  return display;
}

export function edgeDisplay(
  edge: string,
  attributes: ClientEdgeAttributes,
  source: string,
  target: string,
  state: DisplayState,
): EdgeDisplay {
  const display: EdgeDisplay = {
    color: attributes.color,
    size: attributes.size,
    hidden: false,
    zIndex: attributes.basis === 'curated' ? 1 : 0,
  };
  if (edge === state.selectedEdge) return { ...display, color: SELECTED_EDGE, size: attributes.size + 3, zIndex: 3 };
  if (state.focus !== null) {
    if (source === state.focus || target === state.focus) {
      return {
        ...display,
        color: attributes.basis === 'curated' ? attributes.color : FOCUS_EDGE,
        size: attributes.size + 1,
        zIndex: 2,
      };
    }
    return { ...display, color: FADED_EDGE, zIndex: 0 };
  }
  if (state.selectedEdge !== null) return { ...display, color: FADED_EDGE, zIndex: 0 };
  return display;
}

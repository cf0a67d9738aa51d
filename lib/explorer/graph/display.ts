/**
 * Display rules
 * =============
 * How each node and edge is drawn for the current explorer state: hidden types, the focused node (hovered, else
 * selected) with its neighbourhood, a selected edge, search hits, and a highlighted set of nodes (a `?highlight=`
 * link from the query pages). Pure functions of the attributes and the state, so the rules are unit-tested without
 * WebGL; `DisplayRules` holds the current state for sigma's reducers (installed once, see DisplayController).
 */
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { ClientEdgeAttributes, ClientGraph, ClientNodeAttributes } from './client-graph';

export const FADED_NODE = '#dfe3e8';
export const FADED_EDGE = '#eef1f4';
export const FOCUS_EDGE = '#455a64';
export const SELECTED_EDGE = '#0550ae';

/** Up to this many highlighted nodes all get their labels drawn; beyond, sigma's label grid thins them out. */
export const HIGHLIGHT_FORCED_LABELS = 40;

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
  /** Highlighted nodes (those of the graph only); empty = no highlight. */
  highlight: ReadonlySet<string>;
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

const NONE: ReadonlySet<string> = new Set();

export const IDLE_DISPLAY: DisplayState = {
  visibleTypes: null,
  focus: null,
  focusNeighbors: NONE,
  selectedNode: null,
  selectedEdge: null,
  edgeEnds: NONE,
  searchHits: NONE,
  highlight: NONE,
};

/** Commitment labels are whole sentences: drawn only when the commitment is in focus, or the canvas is unreadable. */
const QUIET_TYPES = new Set(['commitment']);
/** The document's scaffolding: beside a focus, its names give way to those of the bodies and items around it. */
const STRUCTURE_TYPES = new Set(['document', 'section']);
const SHORT_LABEL = 48;

function shortLabel(label: string): string {
  return label.length > SHORT_LABEL ? `${label.slice(0, SHORT_LABEL - 1).trimEnd()}…` : label;
}

/**
 * The label a node shows beside a focused node (its own label when it is the focus): quiet types (commitments,
 * whole sentences) are not forced, so the camera makes no room for them.
 */
export function labelNearFocus(attributes: ClientNodeAttributes, isFocus: boolean): string | null {
  return isFocus || !QUIET_TYPES.has(attributes.nodeType) ? shortLabel(attributes.label) : null;
}

/** Nothing filtered, focused, selected, found or highlighted: every item is drawn as its attributes say. */
export function isIdle(state: DisplayState): boolean {
  return (
    state.visibleTypes === null &&
    state.focus === null &&
    state.selectedNode === null &&
    state.selectedEdge === null &&
    state.edgeEnds.size === 0 &&
    state.searchHits.size === 0 &&
    state.highlight.size === 0
  );
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
  const hasContext = state.focus !== null || state.edgeEnds.size > 0;
  const highlighting = state.highlight.size > 0;
  const inHighlight = state.highlight.has(node);
  const isHit = state.searchHits.has(node);
  // Against a focus, highlighted nodes keep their colour (the subgraph stays readable) but not their labels. Search
  // hits stand out the same way, the rest faded, rather than as hover pills: sigma draws a pill at the node's right
  // whatever the label placer decided, so pills overlapped each other and doubled the placed labels.
  const dimmed = hasContext
    ? !inFocus && !near && !inHighlight && !isHit
    : (highlighting || state.searchHits.size > 0) && !inHighlight && !isHit;

  if (inFocus) {
    Object.assign(display, { label: shortLabel(attributes.label), highlighted: true, forceLabel: true, zIndex: 3 });
  } else if (near) {
    Object.assign(display, {
      label: shortLabel(attributes.label),
      forceLabel: !QUIET_TYPES.has(attributes.nodeType),
      // Labels claim their room by z, then size (labels.ts): a neighbouring section yields to a neighbouring body.
      zIndex: STRUCTURE_TYPES.has(attributes.nodeType) ? 1 : 2,
    });
  } else if (dimmed) {
    Object.assign(display, { color: FADED_NODE, label: null, zIndex: 0 });
  } else if (inHighlight && !hasContext) {
    Object.assign(display, {
      label: shortLabel(attributes.label),
      forceLabel: state.highlight.size <= HIGHLIGHT_FORCED_LABELS,
      zIndex: 2,
    });
  }
  if (node === state.selectedNode) {
    Object.assign(display, { highlighted: true, forceLabel: true, label: shortLabel(attributes.label), zIndex: 3 });
  } else if (isHit) {
    Object.assign(display, {
      color: attributes.color,
      forceLabel: true,
      label: shortLabel(attributes.label),
      zIndex: 3,
    });
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
  const inHighlight = state.highlight.has(source) && state.highlight.has(target);
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
    return inHighlight ? { ...display, zIndex: 1 } : { ...display, color: FADED_EDGE, zIndex: 0 };
  }
  if (state.selectedEdge !== null) return inHighlight ? display : { ...display, color: FADED_EDGE, zIndex: 0 };
  if (state.highlight.size > 0) {
    if (!inHighlight) return { ...display, color: FADED_EDGE, zIndex: 0 };
    return {
      ...display,
      color: attributes.basis === 'curated' ? attributes.color : FOCUS_EDGE,
      size: attributes.size + 1,
      zIndex: 2,
    };
  }
  return display;
}

/** What the display state is made of, as the explorer holds it. */
export interface DisplayInput {
  visibleTypes: ReadonlySet<string> | null;
  hoveredNode: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  searchHits: ReadonlySet<string>;
  /** Highlighted node ids from the URL (unknown ids are ignored). */
  highlight: readonly string[] | null;
}

/** `fn()` resolves the input against the graph: ids it does not hold are dropped, neighbourhoods are looked up. */
export function displayState(graph: ClientGraph, input: DisplayInput): DisplayState {
  const { hoveredNode, selectedNode, selectedEdge } = input;
  const selected = selectedNode && graph.hasNode(selectedNode) ? selectedNode : null;
  const focus = hoveredNode && graph.hasNode(hoveredNode) ? hoveredNode : selected;
  const edge = selectedEdge && graph.hasEdge(selectedEdge) ? selectedEdge : null;
  const highlight = input.highlight?.filter((id) => graph.hasNode(id)) ?? [];
  return {
    visibleTypes: input.visibleTypes,
    focus,
    focusNeighbors: focus ? new Set(graph.neighbors(focus)) : NONE,
    selectedNode: selected,
    selectedEdge: edge,
    edgeEnds: edge ? new Set(graph.extremities(edge)) : NONE,
    searchHits: input.searchHits,
    highlight: highlight.length ? new Set(highlight) : NONE,
  };
}

function sameInput(a: DisplayInput, b: DisplayInput): boolean {
  return (
    a.visibleTypes === b.visibleTypes &&
    a.hoveredNode === b.hoveredNode &&
    a.selectedNode === b.selectedNode &&
    a.selectedEdge === b.selectedEdge &&
    a.searchHits === b.searchHits &&
    (a.highlight ?? []).join(',') === (b.highlight ?? []).join(',')
  );
}

/**
 * The current display state and sigma's reducers over it. The reducers are given to sigma once, in its initial
 * settings, so its first pass over the graph already applies them; a state change is `update()` plus one refresh,
 * where `setSetting('nodeReducer')` would cost a full pass per reducer. At rest the reducers change (almost) nothing.
 * Sigma hands each reducer a fresh copy of the item's attributes, which they fill in place rather than copy again.
 */
export class DisplayRules {
  private input: DisplayInput;
  private state: DisplayState;
  private idle: boolean;

  constructor(
    private readonly graph: ClientGraph,
    input: DisplayInput,
  ) {
    this.input = input;
    this.state = displayState(graph, input);
    this.idle = isIdle(this.state);
  }

  /** Takes a new input; true when it differs from the current one (the caller then refreshes sigma). */
  update(input: DisplayInput): boolean {
    if (sameInput(this.input, input)) return false;
    this.input = input;
    this.state = displayState(this.graph, input);
    this.idle = isIdle(this.state);
    return true;
  }

  readonly nodeReducer = (node: string, data: ClientNodeAttributes): Partial<NodeDisplayData> => {
    const out = data as unknown as Partial<NodeDisplayData>;
    if (this.idle) {
      if (QUIET_TYPES.has(data.nodeType)) out.label = null;
      return out;
    }
    return Object.assign(out, nodeDisplay(node, data, this.state));
  };

  readonly edgeReducer = (edge: string, data: ClientEdgeAttributes): Partial<EdgeDisplayData> => {
    const out = data as unknown as Partial<EdgeDisplayData>;
    if (this.idle) return out;
    return Object.assign(out, edgeDisplay(edge, data, this.graph.source(edge), this.graph.target(edge), this.state));
  };
}

/**
 * Label placement
 * ===============
 * Sigma picks the labels of a frame with a grid (the largest node of each cell) and draws each where its node is,
 * to the right: long names in neighbouring cells ran over each other ("Promoting Cooperation on Digital Econo…" across
 * "5. International Cooperation on Cyber Terrorism…"), and forced labels (a selection's neighbours, a highlighted
 * set) over everything. So the drawer only collects a frame's labels, and when sigma's synchronous loop is over (a
 * microtask, still before the browser paints) places them in order of importance: forced ones first (the focus
 * before its neighbours), then the grid's, largest node first; each is drawn only where it overlaps none placed
 * before it. One left out is a hover away, and the details panel and the table list every node by name.
 *
 * Sigma writes every label to the right of its node, so the overview cut the names near the canvas's right edge
 * mid-letter ("Digital Economy and Sharing of Digital Divider"). Such a label is written to the left of its node
 * where that space is free; where it is not, it is shortened with an ellipsis to end at the edge. The same held for
 * the selection's own name, which sigma writes in a pill on the hover layer: on a phone "Shanghai Cooperation
 * Organiz" ran off the canvas. The hover drawer shortens the pill's text to end at the edge too.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels kept clear between two labels. */
const GAP = 2;
/** How much wider than its text sigma's hover pill is (its padding on the right). */
const PILL_PADDING = 4;

export function overlaps(a: Box, b: Box, gap = GAP): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** The boxes taken in one frame. */
export class LabelSpace {
  private readonly taken: Box[] = [];

  /** Takes the box only if it overlaps none taken before it. */
  claim(box: Box): boolean {
    if (this.taken.some((other) => overlaps(box, other))) return false;
    this.taken.push(box);
    return true;
  }

  clear(): void {
    this.taken.length = 0;
  }
}

/** Where sigma's disc label (drawDiscNodeLabel) puts its text: right of the node, centred on it vertically. */
export function labelBox(x: number, y: number, nodeSize: number, textWidth: number, fontSize: number): Box {
  return { x: x + nodeSize + 3, y: y - fontSize * 0.7, width: textWidth, height: fontSize * 1.2 };
}

/** The left edge of a label written to the left of its node: it ends 3 px before the node's disc. */
export function leftLabelX(x: number, nodeSize: number, textWidth: number): number {
  return x - nodeSize - 3 - textWidth;
}

/**
 * The longest start of `label` that, with an ellipsis, is at most `room` px wide (`width` measures), or the empty
 * string if not even one character and the ellipsis fit.
 */
export function shortenToFit(label: string, room: number, width: (text: string) => number): string {
  const characters = [...label];
  let low = 0;
  let high = characters.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (width(`${characters.slice(0, middle).join('').trimEnd()}…`) <= room) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : `${characters.slice(0, low).join('').trimEnd()}…`;
}

/**
 * A highlighted node's name as sigma's hover pill (drawDiscNodeHover) shows it: whole where the pill, which starts
 * at the node's disc (at least half the font's size wide) and ends 5 px after the text, fits the canvas; otherwise
 * shortened to end at its edge (whole if not even a letter fits: it is cut then, as before).
 */
export function pillLabel(
  label: string,
  x: number,
  nodeSize: number,
  fontSize: number,
  canvasWidth: number,
  width: (text: string) => number,
): string {
  const room = canvasWidth - x - Math.max(nodeSize, fontSize / 2) - PILL_PADDING - 7;
  if (width(label) <= room) return label;
  return shortenToFit(label, room, width) || label;
}

/** The canvas's width in CSS pixels (sigma scales each context by the pixel ratio); unbounded if unknown. */
function cssWidth(context: CanvasRenderingContext2D): number {
  const canvas = context.canvas as HTMLCanvasElement | undefined;
  if (!canvas || typeof context.getTransform !== 'function') return Infinity;
  return canvas.width / (context.getTransform().a || 1);
}

type LabelData = Parameters<NodeLabelDrawingFunction>[1];
type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

/** The order labels claim their room in: forced before the grid's; within each, higher z, then larger, first. */
export function placementOrder<T extends { forceLabel?: boolean; zIndex?: number; size: number }>(labels: T[]): T[] {
  const rank = (label: T) => (label.forceLabel ? 1 : 0);
  return labels
    .map((label, index) => ({ label, index }))
    .sort(
      (a, b) =>
        rank(b.label) - rank(a.label) ||
        (b.label.zIndex ?? 0) - (a.label.zIndex ?? 0) ||
        b.label.size - a.label.size ||
        a.index - b.index,
    )
    .map(({ label }) => label);
}

/** Text widths by label for one font: the same names are measured once, not on every frame of a camera move. */
class WidthCache {
  private font = '';
  private readonly widths = new Map<string, number>();

  width(context: CanvasRenderingContext2D, font: string, text: string): number {
    if (font !== this.font || this.widths.size > 10_000) {
      this.font = font;
      this.widths.clear();
    }
    let width = this.widths.get(text);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      this.widths.set(text, width);
    }
    return width;
  }
}

/** Places one frame's labels (see the header) and draws those that get room, with `draw`. */
function placeLabels(
  context: CanvasRenderingContext2D,
  labels: LabelData[],
  settings: LabelSettings,
  draw: NodeLabelDrawingFunction,
  widths: WidthCache,
): void {
  const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const measure = (text: string) => widths.width(context, font, text);
  const canvasWidth = cssWidth(context);
  const space = new LabelSpace();
  for (const data of placementOrder(labels)) {
    const label = data.label as string;
    const width = measure(label);
    const start = data.x + data.size + 3;
    if (data.highlighted) {
      // Sigma writes a highlighted node's name itself, in a pill at its right on the hover layer: drawn here too
      // (moved left, or shortened) it showed twice. Its room is taken first, so no other label runs under it.
      const shown = pillLabel(label, data.x, data.size, settings.labelSize, canvasWidth, measure);
      space.claim(labelBox(data.x, data.y, data.size, measure(shown) + PILL_PADDING, settings.labelSize));
      continue;
    }
    if (start + width <= canvasWidth) {
      if (space.claim(labelBox(data.x, data.y, data.size, width, settings.labelSize))) draw(context, data, settings);
      continue;
    }
    const left = leftLabelX(data.x, data.size, width);
    const leftBox = { x: left, y: data.y - settings.labelSize * 0.7, width, height: settings.labelSize * 1.2 };
    if (left >= 0 && space.claim(leftBox)) {
      // Sigma's drawer writes from x + size + 3: an x that puts the text left of the node.
      draw(context, { ...data, x: left - data.size - 3 }, settings);
      continue;
    }
    const short = shortenToFit(label, canvasWidth - start - 2, measure);
    if (short && space.claim(labelBox(data.x, data.y, data.size, measure(short), settings.labelSize)))
      draw(context, { ...data, label: short }, settings);
  }
}

/**
 * A label drawer for sigma's `defaultDrawNodeLabel` that draws with `draw` (sigma's drawDiscNodeLabel: passed in,
 * since sigma's rendering module needs WebGL to load). Sigma draws a frame's labels in one synchronous loop after
 * clearing the canvas, so the first label of a frame on a canvas queues the frame's placement as a microtask; a
 * node seen again before that means sigma started another frame on the same canvas, whose labels replace the
 * first's. Canvases are kept apart: the PNG export renders with its own sigma, and awaits `labelsPlaced()`.
 */
export function createLabelDrawer(draw: NodeLabelDrawingFunction): NodeLabelDrawingFunction {
  type Frame = { labels: LabelData[]; keys: Set<string>; settings: LabelSettings };
  const frames = new Map<CanvasRenderingContext2D, Frame>();
  const widths = new WidthCache();
  const place = (context: CanvasRenderingContext2D) => {
    const frame = frames.get(context);
    frames.delete(context);
    if (frame) placeLabels(context, frame.labels, frame.settings, draw, widths);
  };
  return (context, data, settings) => {
    if (!data.label) return;
    const key = (data as { key?: string }).key ?? data.label;
    let frame = frames.get(context);
    if (!frame || frame.keys.has(key)) {
      if (!frame) queueMicrotask(() => place(context));
      frame = { labels: [], keys: new Set(), settings };
      frames.set(context, frame);
    }
    frame.keys.add(key);
    frame.labels.push({ ...data });
    frame.settings = settings;
  };
}

/** A hover drawer for sigma's `defaultDrawNodeHover` that draws with `draw` (drawDiscNodeHover) the pillLabel. */
export function createHoverDrawer(draw: NodeHoverDrawingFunction): NodeHoverDrawingFunction {
  const widths = new WidthCache();
  return (context, data, settings) => {
    if (!data.label) return draw(context, data, settings);
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const measure = (text: string) => widths.width(context, font, text);
    const label = pillLabel(data.label, data.x, data.size, settings.labelSize, cssWidth(context), measure);
    draw(context, label === data.label ? data : { ...data, label }, settings);
  };
}

/** Resolves once the labels of the frames sigma drew so far are placed (their microtasks were queued first). */
export function labelsPlaced(): Promise<void> {
  return new Promise((resolve) => queueMicrotask(resolve));
}

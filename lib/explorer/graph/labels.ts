/**
 * Label placement
 * ===============
 * Sigma spaces the labels it picks itself (its label grid keeps the largest node of each cell), but forced labels
 * (a selection's neighbours, a highlighted set) are drawn wherever their nodes are, over each other and over the
 * grid's: two neighbours side by side made one unreadable smear of both names. The drawer leaves the grid's labels
 * as sigma draws them and draws a forced one only where it overlaps no label drawn before it in the same frame
 * (sigma draws the grid's first); one left out is a hover away, and the details panel and the table list every
 * neighbour by name.
 *
 * Sigma writes every label to the right of its node, so the overview cut the names near the canvas's right edge
 * mid-letter ("Digital Economy and Sharing of Digital Divider"). Such a label is written to the left of its node
 * where that space is free of the labels drawn before it (and a label of the grid drawn after it that would cross
 * it is left out, as a forced one would be); where it is not, it is shortened with an ellipsis to end at the edge.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels kept clear between two labels. */
const GAP = 2;

export function overlaps(a: Box, b: Box, gap = GAP): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** The boxes taken in one frame. */
export class LabelSpace {
  private readonly taken: Box[] = [];

  /** Takes the box whatever it overlaps (a label that is drawn anyway). */
  take(box: Box): void {
    this.taken.push(box);
  }

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

/** The canvas's width in CSS pixels (sigma scales each context by the pixel ratio); unbounded if unknown. */
function cssWidth(context: CanvasRenderingContext2D): number {
  const canvas = context.canvas as HTMLCanvasElement | undefined;
  if (!canvas || typeof context.getTransform !== 'function') return Infinity;
  return canvas.width / (context.getTransform().a || 1);
}

/**
 * A label drawer for sigma's `defaultDrawNodeLabel` that draws with `draw` (sigma's drawDiscNodeLabel: passed in,
 * since sigma's rendering module needs WebGL to load) where there is room. Sigma draws a frame's labels in one
 * synchronous loop, so the first call of a frame clears the space and a microtask marks the frame over: no event
 * wiring, and nothing from a previous frame (the camera moved, a selection changed) can hide a label in the next.
 * A label is measured only when it could reach the right edge (at most a font size per character), and the grid's
 * others only once a forced or moved label needs the room: a frame of labels far from the edge measures nothing.
 */
export function createLabelDrawer(draw: NodeLabelDrawingFunction): NodeLabelDrawingFunction {
  type Drawn = { x: number; y: number; size: number; label: string };
  const space = new LabelSpace();
  const unmeasured: Drawn[] = [];
  const moved: Box[] = [];
  let inFrame = false;
  let canvasWidth = Infinity;
  return (context, data, settings) => {
    if (!data.label) return;
    if (!inFrame) {
      inFrame = true;
      space.clear();
      unmeasured.length = 0;
      moved.length = 0;
      canvasWidth = cssWidth(context);
      queueMicrotask(() => {
        inFrame = false;
      });
    }
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const measure = (label: string) => {
      context.font = font;
      return context.measureText(label).width;
    };
    const boxOf = ({ x, y, size, label }: Drawn) => labelBox(x, y, size, measure(label), settings.labelSize);
    const takeUnmeasured = () => {
      for (const drawn of unmeasured) space.take(boxOf(drawn));
      unmeasured.length = 0;
    };

    const start = data.x + data.size + 3;
    if (start + data.label.length * settings.labelSize > canvasWidth) {
      const width = measure(data.label);
      if (start + width > canvasWidth) {
        takeUnmeasured();
        const left = leftLabelX(data.x, data.size, width);
        const leftBox = { x: left, y: data.y - settings.labelSize * 0.7, width, height: settings.labelSize * 1.2 };
        if (left >= 0 && space.claim(leftBox)) {
          moved.push(leftBox);
          // Sigma's drawer writes from x + size + 3: an x that puts the text left of the node.
          draw(context, { ...data, x: left - data.size - 3 }, settings);
          return;
        }
        const short = shortenToFit(data.label, canvasWidth - start - 2, measure);
        if (!short) return;
        const box = labelBox(data.x, data.y, data.size, measure(short), settings.labelSize);
        if (data.forceLabel ? space.claim(box) : (space.take(box), true))
          draw(context, { ...data, label: short }, settings);
        return;
      }
    }
    if (!data.forceLabel) {
      const drawn = { x: data.x, y: data.y, size: data.size, label: data.label };
      // A grid label crossing one moved to the left of its node gives way to it.
      if (moved.length > 0 && moved.some((box) => overlaps(boxOf(drawn), box))) return;
      unmeasured.push(drawn);
      draw(context, data, settings);
      return;
    }
    takeUnmeasured();
    if (space.claim(boxOf({ x: data.x, y: data.y, size: data.size, label: data.label }))) draw(context, data, settings);
  };
}

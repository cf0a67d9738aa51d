/**
 * Label placement
 * ===============
 * Sigma spaces the labels it picks itself (its label grid keeps the largest node of each cell), but forced labels
 * (a selection's neighbours, a highlighted set) are drawn wherever their nodes are, over each other and over the
 * grid's: two neighbours side by side made one unreadable smear of both names. The drawer leaves the grid's labels
 * as sigma draws them and draws a forced one only where it overlaps no label drawn before it in the same frame
 * (sigma draws the grid's first); one left out is a hover away, and the details panel and the table list every
 * neighbour by name.
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

/**
 * A label drawer for sigma's `defaultDrawNodeLabel` that draws with `draw` (sigma's drawDiscNodeLabel: passed in,
 * since sigma's rendering module needs WebGL to load) where there is room. Sigma draws a frame's labels in one
 * synchronous loop, so the first call of a frame clears the space and a microtask marks the frame over: no event
 * wiring, and nothing from a previous frame (the camera moved, a selection changed) can hide a label in the next.
 * The grid's labels are measured only once a forced one needs the room: a frame without any (the first frame,
 * the idle view) costs no measuring at all.
 */
export function createLabelDrawer(draw: NodeLabelDrawingFunction): NodeLabelDrawingFunction {
  type Drawn = { x: number; y: number; size: number; label: string };
  const space = new LabelSpace();
  const unmeasured: Drawn[] = [];
  let inFrame = false;
  return (context, data, settings) => {
    if (!data.label) return;
    if (!inFrame) {
      inFrame = true;
      space.clear();
      unmeasured.length = 0;
      queueMicrotask(() => {
        inFrame = false;
      });
    }
    if (!data.forceLabel) {
      unmeasured.push({ x: data.x, y: data.y, size: data.size, label: data.label });
      draw(context, data, settings);
      return;
    }
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const boxOf = ({ x, y, size, label }: Drawn) =>
      labelBox(x, y, size, context.measureText(label).width, settings.labelSize);
    for (const drawn of unmeasured) space.take(boxOf(drawn));
    unmeasured.length = 0;
    if (space.claim(boxOf({ x: data.x, y: data.y, size: data.size, label: data.label }))) draw(context, data, settings);
  };
}

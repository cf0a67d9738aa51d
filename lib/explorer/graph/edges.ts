/**
 * Edge depiction
 * ==============
 * How each kind of relationship is drawn: its sigma program (straight or curved arrow), colour and width. The
 * canvas (buildClientGraph) and both legends (the page's and the exported PNG's) read this one table, so a legend
 * cannot show a line the canvas does not draw. Sigma's edge programs draw solid lines only: there are no dashes to
 * depict, and "curated" is told apart by shape and by name as well as by colour.
 */
import { EDGE_COLOR } from '@/lib/graph/style';

export type EdgeBasis = 'text' | 'curated';

export interface EdgeDepiction {
  /** The sigma edge program (registered in app/_components/explorer/GraphView.tsx). */
  program: 'arrow' | 'curved';
  color: string;
  size: number;
  /** The legend's name for it: words, so the meaning never rests on the colour. */
  label: string;
}

// `as const`: the program names stay literal types, which sigma's settings need to type their program classes.
export const EDGE_DEPICTION = {
  text: { program: 'arrow', color: EDGE_COLOR.text, size: 1, label: 'Stated in the text' },
  curated: { program: 'curved', color: EDGE_COLOR.curated, size: 1.5, label: 'Curated (curved)' },
} as const satisfies Readonly<Record<EdgeBasis, EdgeDepiction>>;

export function isCurved(depiction: EdgeDepiction): boolean {
  return depiction.program === 'curved';
}

/** A legend sample as SVG path data (also read by Path2D for the PNG legend): the line and its filled arrowhead. */
export interface EdgeSample {
  line: string;
  head: string;
}

const HEAD_LENGTH = 6;
const HEAD_HALF_WIDTH = 3;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The sample of an edge in a `width` × `height` box, left to right: a straight arrow through the middle, or an arrow
 * bowed upwards like @sigma/edge-curve's (a quadratic curve whose control point sits off the chord's middle).
 */
export function edgeSample(curved: boolean, width: number, height: number): EdgeSample {
  if (!(width > HEAD_LENGTH) || !(height > 0)) {
    throw new Error(
      `lib/explorer/graph/edges: a sample needs a box wider than ${HEAD_LENGTH} (got ${width}×${height})`,
    );
  }
  const x0 = 1;
  const x1 = width - 1;
  const y0 = curved ? height - 2 : height / 2;
  const control = { x: width / 2, y: curved ? -height / 3 : height / 2 };
  // The arrowhead points along the tangent at the end: towards the end from the control point (a straight line's too).
  const dx = x1 - control.x;
  const dy = y0 - control.y;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  // The line stops at the arrowhead's base, as sigma's arrow programs do.
  const base = { x: x1 - ux * HEAD_LENGTH, y: y0 - uy * HEAD_LENGTH };
  const left = { x: base.x - uy * HEAD_HALF_WIDTH, y: base.y + ux * HEAD_HALF_WIDTH };
  const right = { x: base.x + uy * HEAD_HALF_WIDTH, y: base.y - ux * HEAD_HALF_WIDTH };
  const p = (point: { x: number; y: number }) => `${round(point.x)} ${round(point.y)}`;
  const line = curved ? `M${p({ x: x0, y: y0 })} Q${p(control)} ${p(base)}` : `M${p({ x: x0, y: y0 })} L${p(base)}`;
  return { line, head: `M${p({ x: x1, y: y0 })} L${p(left)} L${p(right)} Z` };
}

/**
 * Camera targets
 * ==============
 * Where the camera goes to show a set of nodes: the middle of their bounding box, zoomed so that the box (with a
 * margin) fills the view, never closer than a readable minimum and never farther than the whole graph. Points are
 * in sigma's framed-graph coordinates, where ratio 1 shows the whole graph. Labels, drawn to the right of their
 * nodes at a fixed size in pixels, can be fitted too (fitLabelledPoints).
 */

export interface Point {
  x: number;
  y: number;
}

export interface CameraTarget extends Point {
  ratio: number;
}

export interface FitOptions {
  /** Margin around the box (1.3 = 30 % more than the box). */
  padding?: number;
  minRatio?: number;
  maxRatio?: number;
  /** Ratio for a single point, which has no extent. */
  single?: number;
}

/** `fn()` returns the target, or null for no points. */
export function fitPoints(points: readonly Point[], options: FitOptions = {}): CameraTarget | null {
  const { padding = 1.3, minRatio = 0.1, maxRatio = 1, single = 0.6 } = options;
  if (points.length === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return null;
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = extent === 0 ? single : Math.min(maxRatio, Math.max(minRatio, extent * padding));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

export interface LabelledPoint extends Point {
  /** The width of the label drawn to the right of the point, in pixels (0 for none). */
  labelPx: number;
}

/** Rounds of refitting: each brings the ratio closer to the one where the labels just fit (see below). */
const LABEL_ROUNDS = 6;

/**
 * Fits the points and their labels. A label's width in the graph's units grows with the ratio (zooming out makes
 * the same pixels cover more of the graph), so the ratio is refitted to the labels' ends at the previous ratio a
 * few times; each round only widens the box, and it converges unless the labels alone are wider than the view (then
 * the ratio stops at its maximum). `unitsPerPixel`: framed-graph units per pixel at ratio 1. One point keeps the
 * single-node ratio: a lone node is not zoomed in on until its label fills the view.
 */
export function fitLabelledPoints(
  points: readonly LabelledPoint[],
  unitsPerPixel: number,
  options: FitOptions = {},
): CameraTarget | null {
  let target = fitPoints(points, options);
  if (!target || points.length < 2 || !(unitsPerPixel > 0)) return target;
  for (let round = 0; round < LABEL_ROUNDS; round++) {
    const perPixel = unitsPerPixel * target.ratio;
    const ends = points.map(({ x, y, labelPx }) => ({ x: x + labelPx * perPixel, y }));
    const next = fitPoints([...points, ...ends], options);
    if (!next) break;
    target = next;
  }
  return target;
}

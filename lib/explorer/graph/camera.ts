/**
 * Camera targets
 * ==============
 * Where the camera goes to show a set of nodes: the middle of their bounding box, zoomed so that the box (with a
 * margin) fills the view, never closer than a readable minimum and never farther than the whole graph. Points are
 * in sigma's framed-graph coordinates, where ratio 1 shows the whole graph. Labels, drawn to the right of their
 * nodes at a fixed size in pixels, can be fitted too (fitLabelledPoints). The view's top is covered by the toolbar
 * (and on a phone its bottom by the details sheet), so a target is then moved clear of them (clearOfOverlay): fitted
 * to the part of the view between, not under them.
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
/** The share of the view (its smaller side, whole graph at ratio 1) one label may claim. */
const LABEL_SHARE = 0.5;

/**
 * Fits the points and their labels. A label's width in the graph's units grows with the ratio (zooming out makes
 * the same pixels cover more of the graph), so the ratio is refitted to the labels' ends at the previous ratio a
 * few times; each round only widens the box, and it converges unless the labels alone are wider than the view (then
 * the ratio stops at its maximum). `unitsPerPixel`: framed-graph units per pixel at ratio 1. One point keeps the
 * single-node ratio: a lone node is not zoomed in on until its label fills the view. When the labels cannot all fit,
 * the nodes are fitted alone.
 */
export function fitLabelledPoints(
  points: readonly LabelledPoint[],
  unitsPerPixel: number,
  options: FitOptions = {},
): CameraTarget | null {
  const bare = fitPoints(points, options);
  if (!bare || points.length < 2 || !(unitsPerPixel > 0)) return bare;
  let target = bare;
  // A label is given at most half the view's width: a longer one (a commitment's 70 characters on a phone) would
  // make the fit zoom out until the nodes are specks; the label placer shortens it or writes it to the left.
  const labelCap = LABEL_SHARE / unitsPerPixel;
  for (let round = 0; round < LABEL_ROUNDS; round++) {
    const perPixel = unitsPerPixel * target.ratio;
    const ends = points.map(({ x, y, labelPx }) => ({ x: x + Math.min(labelPx, labelCap) * perPixel, y }));
    const next = fitPoints([...points, ...ends], options);
    if (!next) break;
    target = next;
  }
  // Stopped at the whole graph, the labelled box is wider than the view: centred on it, the nodes at its left went
  // off the canvas (ASEAN beside ICANN's long name), and on a phone one commitment's 70-character label zoomed a
  // selection out to the whole graph. The nodes come first: they are fitted alone, and the label placer writes a
  // name that has no room on its right to its left, or shortens it.
  const { maxRatio = 1 } = options;
  return target.ratio >= maxRatio ? bare : target;
}

/** The view a target is fitted into: its height, the pixels an overlay covers at its top, and which way is down. */
export interface ViewFrame {
  height: number;
  /** The view's width; a fitted box fills its smaller side (sigma's ratio 1 spans it), so a tall view needs less. */
  width?: number;
  /** Pixels covered at the top of the view (the toolbar); 0 for none. */
  top: number;
  /** Pixels covered at the bottom (an open bottom sheet on a phone); 0 or absent for none. */
  bottom?: number;
  /** Framed-graph units for one viewport pixel downwards at ratio 1 (sigma's y axis points up on screen). */
  down: Point;
}

/**
 * Moves a target (fitted to the whole view) into the part of the view the overlays leave free (below the toolbar,
 * above an open sheet): zoomed out by the share of the height they take, so that what filled the view fills the
 * free part, and its centre moved to the free part's centre. Nothing changes without an overlay, or when less than
 * a fifth of the view is free. `fn()` returns; the ratio may pass 1: the whole graph needs a little more than the
 * whole view then.
 */
export function clearOfOverlay(target: CameraTarget, frame: ViewFrame): CameraTarget {
  const { height, down } = frame;
  const top = Math.max(0, frame.top);
  const bottom = Math.max(0, frame.bottom ?? 0);
  // Less than a fifth of the view left free: framing into that sliver would zoom far out; the overlays are closed
  // or scrolled away soon, so frame the whole view instead.
  const free = height - top - bottom;
  if (!(top + bottom > 0) || !(free >= height / 5) || !Number.isFinite(down.x) || !Number.isFinite(down.y)) {
    return target;
  }
  // A fitted box fills the view's smaller side at most: on a phone (tall) the free part need only be that high.
  const filled = Math.min(height, frame.width ?? height);
  const ratio = target.ratio * Math.max(1, filled / free);
  // The fitted box's centre shows in the middle of the free part: (top - bottom) / 2 pixels below the view's centre.
  const shift = ((top - bottom) / 2) * ratio;
  return { x: target.x - down.x * shift, y: target.y - down.y * shift, ratio };
}

/** The whole graph, as sigma frames it at its home position, clear of the overlay: the first view and "Fit". */
export function homeTarget(frame: ViewFrame): CameraTarget {
  return clearOfOverlay({ x: 0.5, y: 0.5, ratio: 1 }, frame);
}

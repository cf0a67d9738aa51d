/**
 * Camera targets
 * ==============
 * Where the camera goes to show a set of nodes: the middle of their bounding box, zoomed so that the box (with a
 * margin) fills the view, never closer than a readable minimum and never farther than the whole graph. Points are
 * in sigma's framed-graph coordinates, where ratio 1 shows the whole graph.
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

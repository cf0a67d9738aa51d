/**
 * Motion
 * ======
 * Camera moves and node animations last a few hundred milliseconds so that the eye can follow them; a reader who
 * asked the system for reduced motion (prefers-reduced-motion: reduce, for vestibular disorders among others) gets
 * each view at once instead. Browser-only; on the server nothing moves anyway.
 */

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(REDUCED_MOTION_QUERY).matches
    : false;
}

/**
 * The duration to animate for: `ms`, or 1 ms (the end state on the next frame) under reduced motion. Not 0: sigma
 * divides the time elapsed by the duration, and 0 / 0 would move the camera to nowhere.
 */
export function motionMs(ms: number): number {
  return prefersReducedMotion() ? 1 : ms;
}

/** Motion: camera and node animations are skipped for a reader who asked for reduced motion. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { motionMs, prefersReducedMotion, REDUCED_MOTION_QUERY } from '@/lib/explorer/graph/motion';

function stubMotionPreference(reduce: boolean) {
  vi.stubGlobal('window', {
    matchMedia: (query: string) => ({ matches: reduce && query === REDUCED_MOTION_QUERY }),
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('motionMs', () => {
  it('keeps the duration when motion is welcome', () => {
    stubMotionPreference(false);
    expect(prefersReducedMotion()).toBe(false);
    expect(motionMs(450)).toBe(450);
  });

  it('shows the end state at once under reduced motion (1 ms, never 0, which sigma divides by)', () => {
    stubMotionPreference(true);
    expect(prefersReducedMotion()).toBe(true);
    expect(motionMs(450)).toBe(1);
  });

  it('moves nothing on the server, where there is no window', () => {
    expect(prefersReducedMotion()).toBe(false);
    expect(motionMs(300)).toBe(300);
  });
});

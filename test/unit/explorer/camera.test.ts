/** Camera targets: the middle of the points, zoomed to fit them with a margin, within readable bounds. */
import { describe, expect, it } from 'vitest';
import { fitPoints } from '@/lib/explorer/graph/camera';

describe('fitPoints', () => {
  it('centres on the bounding box and zooms to its larger side with a margin', () => {
    const target = fitPoints(
      [
        { x: 0.2, y: 0.4 },
        { x: 0.6, y: 0.5 },
      ],
      { padding: 1.25 },
    );
    expect(target?.x).toBeCloseTo(0.4);
    expect(target?.y).toBeCloseTo(0.45);
    expect(target?.ratio).toBeCloseTo(0.5);
  });

  it('never zooms closer than the minimum nor farther than the whole graph', () => {
    expect(
      fitPoints([
        { x: 0.5, y: 0.5 },
        { x: 0.501, y: 0.5 },
      ])?.ratio,
    ).toBe(0.1);
    expect(
      fitPoints([
        { x: -1, y: 0 },
        { x: 2, y: 0 },
      ])?.ratio,
    ).toBe(1);
  });

  it('gives one point the single-node ratio, and no points no target', () => {
    expect(fitPoints([{ x: 0.3, y: 0.7 }], { single: 0.6 })).toEqual({ x: 0.3, y: 0.7, ratio: 0.6 });
    expect(fitPoints([])).toBeNull();
    expect(fitPoints([{ x: Number.NaN, y: 1 }])).toBeNull();
  });
});

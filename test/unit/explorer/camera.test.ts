/** Camera targets: the middle of the points, zoomed to fit them with a margin, within readable bounds. */
import { describe, expect, it } from 'vitest';
import { fitLabelledPoints, fitPoints } from '@/lib/explorer/graph/camera';

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

  it('fits the labels drawn to the right of the points, at the ratio it settles on', () => {
    const unitsPerPixel = 1 / 800; // an 800 px view shows one unit at ratio 1
    const points = [
      { x: 0.2, y: 0.5, labelPx: 0 },
      { x: 0.4, y: 0.5, labelPx: 200 },
    ];
    const target = fitLabelledPoints(points, unitsPerPixel, { padding: 1 })!;
    // At the ratio found, the label's right end (0.4 + 200 px) is inside the view, and only just.
    const rightEnd = 0.4 + 200 * unitsPerPixel * target.ratio;
    expect(target.x + target.ratio / 2).toBeGreaterThanOrEqual(rightEnd - 0.005);
    expect(target.x - target.ratio / 2).toBeCloseTo(0.2, 2);
    expect(target.ratio).toBeCloseTo(0.2 / (1 - 200 / 800), 2); // the fixed point: W / (1 - label share of the view)
    // Without labels it is the plain fit; one point keeps the single-node ratio.
    expect(
      fitLabelledPoints(
        points.map((p) => ({ ...p, labelPx: 0 })),
        unitsPerPixel,
        { padding: 1 },
      ),
    ).toEqual(fitPoints(points, { padding: 1 }));
    expect(fitLabelledPoints([{ x: 0.3, y: 0.7, labelPx: 300 }], unitsPerPixel, { single: 0.6 })?.ratio).toBe(0.6);
  });

  it('stops at the whole graph when the labels alone are wider than the view', () => {
    const points = [
      { x: 0.45, y: 0.5, labelPx: 0 },
      { x: 0.5, y: 0.5, labelPx: 2000 },
    ];
    expect(fitLabelledPoints(points, 1 / 800)?.ratio).toBe(1);
  });
});

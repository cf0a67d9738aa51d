/** Camera targets: the middle of the points, zoomed to fit them with a margin, within readable bounds. */
import { describe, expect, it } from 'vitest';
import { clearOfOverlay, fitLabelledPoints, fitPoints, homeTarget } from '@/lib/explorer/graph/camera';

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

  it('gives a label wider than the view half of it at most (a 70-character label on a phone)', () => {
    const points = [
      { x: 0.45, y: 0.5, labelPx: 0 },
      { x: 0.5, y: 0.5, labelPx: 2000 },
    ];
    // The fixed point with the label counted as 400 px (half of 800): r = 1.3 × (0.05 + 400 / 800 × r).
    const target = fitLabelledPoints(points, 1 / 800)!;
    expect(target.ratio).toBeCloseTo((1.3 * 0.05) / (1 - 1.3 * 0.5), 1);
    expect(target.ratio).toBeLessThan(0.25);
  });

  it('keeps every node in view when the labels cannot all fit (centred on the nodes, not on their labels)', () => {
    // Two nodes far apart with long names, as ASEAN beside ICANN: the labelled box is wider than the whole view.
    const points = [
      { x: 0.1, y: 0.5, labelPx: 300 },
      { x: 0.8, y: 0.55, labelPx: 400 },
    ];
    const target = fitLabelledPoints(points, 1 / 750)!;
    expect(target).toEqual(fitPoints(points));
    for (const { x } of points) {
      expect(x).toBeGreaterThanOrEqual(target.x - target.ratio / 2);
      expect(x).toBeLessThanOrEqual(target.x + target.ratio / 2);
    }
    expect(target.x).toBeCloseTo(0.45);
  });
});

describe('clearOfOverlay', () => {
  // 1 px down on screen is 0.002 framed units down, which is -y in sigma's framed coordinates.
  const frame = { height: 500, top: 100, down: { x: 0, y: -0.002 } };

  it('zooms out by the covered share and shows the fitted centre in the middle of the free part', () => {
    const target = { x: 0.4, y: 0.6, ratio: 0.5 };
    const moved = clearOfOverlay(target, frame);
    expect(moved.ratio).toBeCloseTo(0.5 * (500 / 400));
    // The old centre, seen from the new camera, is half the overlay (50 px) below the view's centre.
    const pixelsDown = (target.y - moved.y) / (frame.down.y * moved.ratio);
    expect(pixelsDown).toBeCloseTo(50);
    expect(moved.x).toBeCloseTo(0.4);
    // So the box that filled the view's height [-250, 250] px now fills the free part [100, 500] px from the top.
    const halfHeight = 250 * (target.ratio / moved.ratio);
    expect(250 + pixelsDown - halfHeight).toBeCloseTo(frame.top);
    expect(250 + pixelsDown + halfHeight).toBeCloseTo(frame.height);
  });

  it('frames between the toolbar and a sheet over the bottom (a phone), the box filling the part between', () => {
    const target = { x: 0.4, y: 0.6, ratio: 0.5 };
    const withSheet = { ...frame, bottom: 150 };
    const moved = clearOfOverlay(target, withSheet);
    expect(moved.ratio).toBeCloseTo(0.5 * (500 / 250));
    const pixelsDown = (target.y - moved.y) / (frame.down.y * moved.ratio);
    // The free part is [100, 350] px from the top: its centre is 25 px above the view's.
    expect(pixelsDown).toBeCloseTo(-25);
    const halfHeight = 250 * (target.ratio / moved.ratio);
    expect(250 + pixelsDown - halfHeight).toBeCloseTo(100);
    expect(250 + pixelsDown + halfHeight).toBeCloseTo(350);
  });

  it('zooms out only as far as a tall view needs: a box fills its width, not its height', () => {
    const target = { x: 0.4, y: 0.6, ratio: 0.5 };
    // 300 px wide, 500 high, 100 covered: the box (at most 300 px) fits the 400 px left without zooming out.
    expect(clearOfOverlay(target, { ...frame, width: 300 }).ratio).toBeCloseTo(0.5);
    // With a sheet over 250 px of the bottom, 150 px are left of the 300 the box may take: twice as far.
    expect(clearOfOverlay(target, { ...frame, width: 300, bottom: 250 }).ratio).toBeCloseTo(1);
  });

  it('frames the whole view when the overlays leave less than a fifth of it', () => {
    const target = { x: 0.4, y: 0.6, ratio: 0.5 };
    expect(clearOfOverlay(target, { ...frame, bottom: 320 })).toEqual(target);
  });

  it('leaves a target alone without an overlay or a usable view', () => {
    const target = { x: 0.4, y: 0.6, ratio: 0.5 };
    expect(clearOfOverlay(target, { ...frame, top: 0 })).toEqual(target);
    expect(clearOfOverlay(target, { ...frame, height: 80 })).toEqual(target);
    expect(clearOfOverlay(target, { ...frame, down: { x: Number.NaN, y: 0 } })).toEqual(target);
  });

  it('starts from the whole graph for the first view and Fit, a little farther than the whole view', () => {
    const home = homeTarget(frame);
    expect(home.ratio).toBeCloseTo(1.25);
    expect(home.x).toBeCloseTo(0.5);
    expect(home.y).toBeGreaterThan(0.5);
    expect(homeTarget({ ...frame, top: 0 })).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
  });
});

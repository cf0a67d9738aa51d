/** Label placement: labels that would overlap one already drawn in the frame are left out (lib/explorer/graph/labels.ts). */
import { describe, expect, it } from 'vitest';
import {
  createLabelDrawer,
  labelBox,
  LabelSpace,
  leftLabelX,
  overlaps,
  shortenToFit,
} from '@/lib/explorer/graph/labels';

const SETTINGS = { labelSize: 12, labelFont: 'sans-serif', labelWeight: '600', labelColor: { color: '#000' } };

/** A 2D context whose characters are all 7 px wide. */
const context = { font: '', measureText: (text: string) => ({ width: text.length * 7 }) } as CanvasRenderingContext2D;

function node(label: string | null, x: number, y: number, forceLabel = true) {
  return { key: label ?? '-', label, x, y, size: 5, color: '#888', forceLabel };
}

describe('label placement', () => {
  it('tells overlapping boxes (with a small gap) from separate ones', () => {
    const a = { x: 0, y: 0, width: 100, height: 14 };
    expect(overlaps(a, { x: 50, y: 5, width: 100, height: 14 })).toBe(true);
    expect(overlaps(a, { x: 101, y: 0, width: 10, height: 14 })).toBe(true); // within the gap
    expect(overlaps(a, { x: 103, y: 0, width: 10, height: 14 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 20, width: 100, height: 14 })).toBe(false);
  });

  it('grants a box only where none granted before overlaps it, until cleared', () => {
    const space = new LabelSpace();
    const box = labelBox(100, 100, 5, 80, 12);
    expect(box).toEqual({
      x: 108,
      y: expect.closeTo(91.6) as number,
      width: 80,
      height: expect.closeTo(14.4) as number,
    });
    expect(space.claim(box)).toBe(true);
    expect(space.claim({ ...box, x: box.x + 40 })).toBe(false);
    expect(space.claim({ ...box, y: box.y + 30 })).toBe(true);
    space.clear();
    expect(space.claim({ ...box, x: box.x + 40 })).toBe(true);
    space.take(box); // drawn anyway, and in the way of what comes after
    expect(space.claim({ ...box, x: box.x + 40 })).toBe(false);
  });

  it('draws the first of two overlapping forced labels of a frame, and starts afresh the next frame', async () => {
    let drawn: string[] = [];
    const draw = createLabelDrawer((_context, data) => drawn.push(data.label!));
    const frame = (labels: Array<ReturnType<typeof node>>) => {
      drawn = [];
      for (const data of labels) draw(context, data, SETTINGS as never);
      return drawn;
    };
    const neighbours = [
      node('3. Partnership in Cyberspace', 100, 100),
      node('China will pursue discussions', 150, 104),
      node('ASEAN Regional Forum', 100, 160),
      node(null, 100, 200),
    ];
    expect(frame(neighbours)).toEqual(['3. Partnership in Cyberspace', 'ASEAN Regional Forum']);
    await Promise.resolve(); // the frame is over
    // The next frame (the camera moved them apart) does not remember the last one's boxes.
    expect(frame([neighbours[1]!, { ...neighbours[0]!, y: 300 }])).toEqual([
      'China will pursue discussions',
      '3. Partnership in Cyberspace',
    ]);
  });

  it("leaves the labels sigma's grid picked as sigma draws them, and keeps forced ones off them", () => {
    const drawn: string[] = [];
    const draw = createLabelDrawer((_context, data) => drawn.push(data.label!));
    draw(context, node('United Nations', 160, 100, false), SETTINGS as never);
    draw(context, node("People's Republic of China", 100, 102, false), SETTINGS as never);
    draw(context, node('Forced over both', 110, 100), SETTINGS as never);
    expect(drawn).toEqual(['United Nations', "People's Republic of China"]);
  });

  it('measures nothing in a frame without forced labels (the first frame, the idle view)', () => {
    let measured = 0;
    const counting = { font: '', measureText: (text: string) => ((measured += 1), { width: text.length * 7 }) };
    const draw = createLabelDrawer(() => {});
    for (let i = 0; i < 50; i++) draw(counting as never, node(`Label ${i}`, i * 3, 100, false), SETTINGS as never);
    expect(measured).toBe(0);
    draw(counting as never, node('Forced', 400, 400), SETTINGS as never);
    expect(measured).toBe(51); // the grid's labels once, now that a forced one needs the room, and its own
  });
});

describe('labels at the canvas edge', () => {
  /** A 400 px wide canvas drawn at pixel ratio 2 (sigma scales the context), 7 px per character. */
  const edged = {
    font: '',
    canvas: { width: 800 },
    getTransform: () => ({ a: 2 }),
    measureText: (text: string) => ({ width: [...text].length * 7 }),
  } as unknown as CanvasRenderingContext2D;
  const width = (text: string) => [...text].length * 7;

  it('places a label left of its node so that it ends 3 px before the disc', () => {
    expect(leftLabelX(380, 5, 70)).toBe(302);
  });

  it('shortens a label with an ellipsis to the room there is, whole characters, no trailing space', () => {
    expect(shortenToFit('Digital Dividends', 70, width)).toBe('Digital D…'); // 10 × 7 = 70 wide: fits
    expect(shortenToFit('Digital Dividends', 69, width)).toBe('Digital…'); // not 'Digital …'
    expect(shortenToFit('Digital Dividends', 13, width)).toBe('');
    expect(shortenToFit('Digital Dividends', 14, width)).toBe('D…');
  });

  function frame(labels: Array<ReturnType<typeof node>>) {
    const drawn: Array<{ label: string; x: number }> = [];
    const draw = createLabelDrawer((_context, data) => drawn.push({ label: data.label!, x: data.x }));
    for (const data of labels) draw(edged, data, SETTINGS as never);
    return drawn;
  }

  it('writes a label that would run off the right edge to the left of its node, where that is free', () => {
    // 'Digital Dividends' is 119 px: from 398 it would pass 400. Its text then runs from 263 to 382; sigma's drawer
    // writes from x + 8, so it gets x = 255.
    expect(frame([node('Digital Dividends', 390, 100, false), node('Near the middle', 150, 200, false)])).toEqual([
      { label: 'Digital Dividends', x: 255 },
      { label: 'Near the middle', x: 150 },
    ]);
  });

  it('keeps the labels drawn before it clear: where the left is taken, the label is shortened at the edge', () => {
    // 'Taken' holds 208–243; the left of 'Digital Dividends' would be 213–332: shortened to the 50 px up to the edge.
    expect(frame([node('Taken', 200, 100, false), node('Digital Dividends', 340, 100, false)])).toEqual([
      { label: 'Taken', x: 200 },
      { label: 'Digita…', x: 340 },
    ]);
    // No room for even one character and the ellipsis: no label (a hover shows it).
    expect(frame([node('Taken', 250, 100, false), node('Digital Dividends', 390, 100, false)])).toEqual([
      { label: 'Taken', x: 250 },
    ]);
  });

  it('leaves out a later grid label or forced label that would cross a moved one', () => {
    expect(
      frame([
        node('Digital Dividends', 390, 100, false),
        node('Crossing', 270, 102, false),
        node('Forced crossing', 280, 98),
        node('Clear below', 270, 160, false),
      ]),
    ).toEqual([
      { label: 'Digital Dividends', x: 255 },
      { label: 'Clear below', x: 270 },
    ]);
  });
});

/**
 * Label placement (lib/explorer/graph/labels.ts): a frame's labels are placed once sigma's loop is over, the most
 * important first, and one that would overlap a label placed before it is left out.
 */
import { describe, expect, it } from 'vitest';
import {
  createHoverDrawer,
  createLabelDrawer,
  labelBox,
  labelsPlaced,
  LabelSpace,
  leftLabelX,
  overlaps,
  pillLabel,
  placementOrder,
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
  });

  it('orders forced labels first (focus before neighbours), then the grid largest first, ties as they came', () => {
    const labels = [
      { id: 'grid small', size: 4 },
      { id: 'grid large', size: 12 },
      { id: 'neighbour', size: 3, forceLabel: true, zIndex: 2 },
      { id: 'grid small too', size: 4 },
      { id: 'focus', size: 2, forceLabel: true, zIndex: 3 },
    ];
    expect(placementOrder(labels).map((label) => label.id)).toEqual([
      'focus',
      'neighbour',
      'grid large',
      'grid small',
      'grid small too',
    ]);
  });
});

/** Draws `labels` as one sigma frame and returns what got drawn once the frame is over. */
async function frameOf(
  labels: Array<ReturnType<typeof node>>,
  on: CanvasRenderingContext2D = context,
  draw = createLabelDrawer(() => {}),
  drawn: string[] = [],
): Promise<string[]> {
  for (const data of labels) draw(on, data, SETTINGS as never);
  await labelsPlaced();
  return drawn;
}

describe('label drawer', () => {
  function recording() {
    const drawn: string[] = [];
    return { drawn, draw: createLabelDrawer((_context, data) => drawn.push(data.label!)) };
  }

  it("draws nothing during sigma's loop, and the frame's labels once it is over", async () => {
    const { drawn, draw } = recording();
    draw(context, node('United Nations', 100, 100, false), SETTINGS as never);
    expect(drawn).toEqual([]);
    await labelsPlaced();
    expect(drawn).toEqual(['United Nations']);
  });

  it("keeps the larger node's name where two of the grid's long names would cross, whichever came first", async () => {
    // Sigma hands the grid's labels over cell by cell, top-left first: the small node's label came first.
    const { drawn, draw } = recording();
    const small = { ...node('Promoting Cooperation on Digital Economy', 90, 100, false), size: 4 };
    const large = { ...node('5. International Cooperation on Cyber Terrorism', 60, 103, false), size: 9 };
    await frameOf([small, large, node('Clear below', 90, 160, false)], context, draw, drawn);
    expect(drawn).toEqual(['5. International Cooperation on Cyber Terrorism', 'Clear below']);
  });

  it('gives forced labels their room first, keeps the first of two that cross, and starts afresh next frame', async () => {
    const { drawn, draw } = recording();
    const neighbours = [
      node('3. Partnership in Cyberspace', 100, 100),
      node('China will pursue discussions', 150, 104),
      node('ASEAN Regional Forum', 100, 160),
      node(null, 100, 200),
    ];
    await frameOf([node('Grid label under them', 90, 98, false), ...neighbours], context, draw, drawn);
    expect(drawn).toEqual(['3. Partnership in Cyberspace', 'ASEAN Regional Forum']);
    drawn.length = 0;
    // The next frame (the camera moved them apart) does not remember the last one's boxes.
    await frameOf([neighbours[1]!, { ...neighbours[0]!, y: 300 }], context, draw, drawn);
    expect(drawn).toEqual(['China will pursue discussions', '3. Partnership in Cyberspace']);
  });

  it("leaves a highlighted node's name to sigma's pill, keeping the pill's room clear of other labels", async () => {
    const { drawn, draw } = recording();
    const selected = { ...node('ASEAN Regional Forum', 100, 100), highlighted: true, zIndex: 3 };
    await frameOf([node('Under the pill', 110, 102), selected, node('Clear below', 100, 160)], context, draw, drawn);
    expect(drawn).toEqual(['Clear below']);
  });

  it('lets a second frame drawn on the same canvas before the first was placed replace it', async () => {
    const { drawn, draw } = recording();
    draw(context, node('Old position', 100, 100), SETTINGS as never);
    draw(context, node('Only in the first frame', 100, 300), SETTINGS as never);
    draw(context, { ...node('Old position', 400, 400), label: 'Old position' }, SETTINGS as never); // seen again
    await labelsPlaced();
    expect(drawn).toEqual(['Old position']);
  });

  it('places the labels of two canvases (the view and the PNG export) apart', async () => {
    const drawnOn: Array<[unknown, string]> = [];
    const draw = createLabelDrawer((on, data) => drawnOn.push([on, data.label!]));
    const other = { ...context } as CanvasRenderingContext2D;
    draw(context, node('Same place', 100, 100), SETTINGS as never);
    draw(other, node('Same place too', 100, 100), SETTINGS as never);
    await labelsPlaced();
    expect(drawnOn).toEqual([
      [context, 'Same place'],
      [other, 'Same place too'],
    ]);
  });

  it('measures each name once, not again on every frame of a camera move', async () => {
    let measured = 0;
    const counting = { font: '', measureText: (text: string) => ((measured += 1), { width: text.length * 7 }) };
    const draw = createLabelDrawer(() => {});
    for (let frame = 0; frame < 5; frame++) {
      for (let i = 0; i < 20; i++)
        draw(counting as never, node(`Label ${i}`, i * 3 + frame, i * 20, false), SETTINGS as never);
      await labelsPlaced();
    }
    expect(measured).toBe(20);
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

  async function frame(labels: Array<ReturnType<typeof node>>) {
    const drawn: Array<{ label: string; x: number }> = [];
    const draw = createLabelDrawer((_context, data) => drawn.push({ label: data.label!, x: data.x }));
    for (const data of labels) draw(edged, data, SETTINGS as never);
    await labelsPlaced();
    return drawn;
  }

  it('writes a label that would run off the right edge to the left of its node, where that is free', async () => {
    // 'Digital Dividends' is 119 px: from 398 it would pass 400. Its text then runs from 263 to 382; sigma's drawer
    // writes from x + 8, so it gets x = 255.
    expect(await frame([node('Digital Dividends', 390, 100, false), node('Near the middle', 150, 200, false)])).toEqual(
      [
        { label: 'Digital Dividends', x: 255 },
        { label: 'Near the middle', x: 150 },
      ],
    );
  });

  it('keeps the labels placed before it clear: where the left is taken, the label is shortened at the edge', async () => {
    // 'Taken' holds 208–243; the left of 'Digital Dividends' would be 213–332: shortened to the 50 px up to the edge.
    expect(await frame([node('Taken', 200, 100, false), node('Digital Dividends', 340, 100, false)])).toEqual([
      { label: 'Taken', x: 200 },
      { label: 'Digita…', x: 340 },
    ]);
    // No room for even one character and the ellipsis: no label (a hover shows it).
    expect(await frame([node('Taken', 250, 100, false), node('Digital Dividends', 390, 100, false)])).toEqual([
      { label: 'Taken', x: 250 },
    ]);
  });

  it('leaves out a later label that would cross a moved one', async () => {
    expect(
      await frame([
        node('Digital Dividends', 390, 100, false),
        node('Crossing', 270, 102, false),
        node('Also crossing', 280, 98, false),
        node('Clear below', 270, 160, false),
      ]),
    ).toEqual([
      { label: 'Digital Dividends', x: 255 },
      { label: 'Clear below', x: 270 },
    ]);
  });

  it('shortens the selection\'s pill to end at the edge (a phone cut "Shanghai Cooperation Organiz" mid-word)', () => {
    const drawn: string[] = [];
    const hover = createHoverDrawer((_context, data) => drawn.push(data.label!));
    const name = 'Shanghai Cooperation Organization'; // 33 × 7 = 231 px
    // At x = 176 (the phone's selection) the text has 400 − 176 − 6 − 4 − 7 = 207 px: 29 characters with the '…'.
    expect(pillLabel(name, 176, 5, 12, 400, width)).toBe('Shanghai Cooperation Organiz…');
    hover(edged, { ...node(name, 176, 100), highlighted: true }, SETTINGS as never);
    hover(edged, { ...node(name, 100, 100), highlighted: true }, SETTINGS as never); // fits whole
    expect(drawn).toEqual(['Shanghai Cooperation Organiz…', name]);
    expect(pillLabel(name, 398, 5, 12, 400, width)).toBe(name); // no letter fits: left to sigma as before
  });
});

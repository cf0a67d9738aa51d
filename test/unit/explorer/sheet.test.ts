/** Export sheet: the legend beside the graph (never over it) and a footer that traces the image back. */
import { describe, expect, it } from 'vitest';
import type { LegendEntry } from '@/lib/explorer/export/legend';
import {
  NARROW_VIEW,
  sheetFilename,
  sheetFooter,
  sheetLayout,
  visibleRegion,
  wrapText,
} from '@/lib/explorer/export/sheet';

const entries: LegendEntry[] = [
  { kind: 'node', label: 'Forums', color: '#2e7d32' },
  { kind: 'node', label: 'Commitments', color: '#f9a825' },
  { kind: 'edge', label: 'Stated in the text', color: '#90a4ae' },
];
const measure = (text: string) => text.length * 7;

describe('sheetLayout', () => {
  it('puts the legend in a column right of the graph and the footer below both', () => {
    const graph = { width: 752, height: 803 };
    const layout = sheetLayout(graph, entries, ['Strategy Atlas', 'http://localhost/?node=arf'], measure);
    expect(layout.legend.x).toBeGreaterThanOrEqual(graph.width);
    expect(layout.width).toBeGreaterThanOrEqual(layout.legend.x + layout.legend.width);
    for (const line of layout.footer) expect(line.y).toBeGreaterThan(graph.height);
    expect(layout.height).toBeGreaterThan(layout.footer.at(-1)!.y);
  });

  it('grows to a legend taller than a short graph, and to a footer wider than both', () => {
    const long = 'x'.repeat(300);
    const layout = sheetLayout({ width: NARROW_VIEW, height: 40 }, entries, [long], measure);
    expect(layout.footer[0]!.y).toBeGreaterThan(layout.legend.y + layout.legend.height);
    expect(layout.width).toBeGreaterThanOrEqual(long.length * 7);
  });

  it("puts a narrow view's legend below it and wraps the footer to the view's width (a phone gets no wide strip)", () => {
    const graph = { width: 390, height: 420 };
    const footer = [
      'Strategy Atlas · International Strategy of Cooperation on Cyberspace',
      'http://localhost:3000/?node=asean-regional-forum&types=forum,organization,commitment · exported 2026-11-27',
    ];
    const layout = sheetLayout(graph, entries, footer, measure);
    expect(graph.width).toBeLessThan(NARROW_VIEW);
    expect(layout.legend.x + layout.legend.width).toBeLessThanOrEqual(graph.width);
    expect(layout.legend.y).toBeGreaterThanOrEqual(graph.height);
    expect(layout.width).toBe(graph.width);
    expect(layout.footer.length).toBeGreaterThan(footer.length);
    for (const line of layout.footer) {
      expect(line.y).toBeGreaterThan(layout.legend.y + layout.legend.height);
      expect(line.x + measure(line.text)).toBeLessThanOrEqual(layout.width);
    }
    // Nothing of the footer is lost in the wrapping: joined again, the lines give its text back.
    expect(
      layout.footer
        .map((l) => l.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(footer.join('').replace(/\s/g, ''));
  });
});

describe('wrapText', () => {
  it('breaks between words, and inside a word wider than the line', () => {
    expect(wrapText('one two three', 7 * 7, measure)).toEqual(['one two', 'three']);
    expect(wrapText('abcdefghij', 4 * 7, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 70, measure)).toEqual([]);
  });

  it('ends with one character a line when the width holds none', () => {
    expect(wrapText('abc', 1, measure)).toEqual(['a', 'b', 'c']);
  });
});

describe('sheetFooter', () => {
  it('names the atlas, the documents shown, the view and the day', () => {
    expect(
      sheetFooter(
        ['International Strategy of Cooperation on Cyberspace'],
        'http://localhost:3000/?node=arf',
        new Date('2026-11-27T15:00:00Z'),
      ),
    ).toEqual([
      'Strategy Atlas · International Strategy of Cooperation on Cyberspace',
      'http://localhost:3000/?node=arf · exported 2026-11-27',
    ]);
  });
});

describe('visibleRegion', () => {
  it('leaves out the rows under the toolbar and an open sheet, as the screen does', () => {
    expect(visibleRegion({ width: 390, height: 645 }, { top: 90, bottom: 300 })).toEqual({
      y: 90,
      width: 390,
      height: 255,
    });
    expect(visibleRegion({ width: 752, height: 803 }, { top: 0, bottom: 0 })).toEqual({
      y: 0,
      width: 752,
      height: 803,
    });
  });

  it('keeps at least a row of an image the overlays cover entirely', () => {
    expect(visibleRegion({ width: 100, height: 50 }, { top: 60, bottom: 60 }).height).toBeGreaterThanOrEqual(1);
  });
});

describe('sheetFilename', () => {
  it('names the file after the selection, so two figures are told apart', () => {
    expect(sheetFilename('http://localhost:3000/?node=sco')).toBe('strategy-atlas-sco.png');
    expect(sheetFilename('http://localhost:3000/?node=iscc-2017-ch4-2-s3&q=SCO')).toBe(
      'strategy-atlas-iscc-2017-ch4-2-s3.png',
    );
  });

  it('keeps an edge id to letters, digits and hyphens', () => {
    const url = `http://localhost:3000/?edge=${encodeURIComponent('SUBMITTED:sco->code-of-conduct')}`;
    expect(sheetFilename(url)).toBe('strategy-atlas-submitted-sco-code-of-conduct.png');
  });

  it('is the atlas name alone when nothing is selected', () => {
    expect(sheetFilename('http://localhost:3000/')).toBe('strategy-atlas.png');
    expect(sheetFilename('http://localhost:3000/?highlight=arf,sco')).toBe('strategy-atlas.png');
    expect(sheetFilename('http://localhost:3000/?node=%E2%80%94')).toBe('strategy-atlas.png');
  });
});

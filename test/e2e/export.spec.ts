/**
 * PNG export
 * ==========
 * "Export PNG" downloads an image of the current view: the canvas as drawn, its legend in a column beside it (not
 * over the graph) — below it on a phone — and a footer naming the document and the view.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOBILE, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('export', () => {
  it('downloads the current view as a PNG with its legend', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=arf');
    const box = await page.locator('.graph-canvas').boundingBox();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    // Named after the selection, so a report's figures are told apart; and said, as a download says nothing itself.
    expect(download.suggestedFilename()).toBe('strategy-atlas-arf.png');
    await page
      .getByRole('toolbar', { name: 'Graph controls' })
      .getByRole('status')
      .filter({ hasText: 'Exported strategy-atlas-arf.png' })
      .waitFor();
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: width and height, big-endian, at bytes 16-23: the view, plus the legend's column and the footer.
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(Math.round(box!.width) + 100);
    // The rows under the toolbar are left out (the camera frames nothing there); the footer comes below.
    const toolbar = await page.locator('.graph-toolbar').boundingBox();
    const visible = box!.y + box!.height - (toolbar!.y + toolbar!.height);
    expect(height).toBeGreaterThan(Math.round(visible) + 20);
    expect(height).toBeLessThan(Math.round(box!.height) + 60);
    expect(bytes.length).toBeGreaterThan(20_000);

    // The legend is beside the view: the image's column right of it holds the legend's ink, and the view's own
    // top-right corner is the graph's (the legend used to cover it).
    const ink = await page.evaluate(
      async ({ png, viewWidth }) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const dark = (x: number, y: number, w: number, h: number) => {
          const data = ctx.getImageData(x, y, w, h).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4)
            if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) count++;
          return count;
        };
        return {
          legendColumn: dark(viewWidth + 4, 0, image.width - viewWidth - 4, 300),
          footer: dark(0, image.height - 30, image.width, 30),
        };
      },
      { png: [...bytes], viewWidth: Math.round(box!.width) },
    );
    expect(ink.legendColumn).toBeGreaterThan(200);
    expect(ink.footer).toBeGreaterThan(100);
  });

  it("keeps a phone's image as wide as its view: the legend and the footer go below the graph", async () => {
    const { page } = await browser.open({ viewport: MOBILE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await openExplorer(page, '/?node=arf');
    const box = await page.locator('.graph-canvas').boundingBox();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // Device pixels (scale 2): exactly the view's width, not a column of legend and a one-line address beside it.
    expect(Math.abs(width - Math.round(box!.width) * 2)).toBeLessThanOrEqual(2);
    const ink = await page.evaluate(
      async (png) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        // The rows of the image with ink in its left quarter: the legend's swatches and words, the grey footer.
        const rows: number[] = [];
        const data = ctx.getImageData(0, 0, Math.round(image.width / 4), image.height).data;
        const stride = Math.round(image.width / 4) * 4;
        for (let y = 0; y < image.height; y++) {
          for (let i = y * stride; i < (y + 1) * stride; i += 4)
            if (data[i]! < 160 && data[i + 1]! < 160 && data[i + 2]! < 160) {
              rows.push(y);
              break;
            }
        }
        return { lastInk: rows.at(-1) ?? 0, height: image.height };
      },
      [...bytes],
    );
    // Below the view's drawn rows come the legend and the wrapped footer, both with ink down to the image's end.
    expect(height).toBeGreaterThan(width / 2);
    expect(ink.lastInk).toBeGreaterThan(ink.height - 40);
  });
});

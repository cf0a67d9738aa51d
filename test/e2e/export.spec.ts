/**
 * PNG export
 * ==========
 * "Export PNG" downloads an image of the current view, the size of the canvas, with the legend drawn on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openExplorer } from './support/browser';
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
    expect(download.suggestedFilename()).toBe('strategy-atlas.png');
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: width and height, big-endian, at bytes 16-23.
    expect(bytes.readUInt32BE(16)).toBe(Math.round(box?.width ?? 0));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(box?.height ?? 0));
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});

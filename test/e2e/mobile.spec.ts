/**
 * Small screens
 * =============
 * At 390×844 the page does not scroll sideways, the legend is an overlay behind a button, and the details panel is
 * a drawer that opens on selection and closes again.
 */
import { describe, expect, it } from 'vitest';
import { MOBILE, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

describe('mobile', () => {
  it('turns the details into a drawer at 390×844', async () => {
    const tab = await browser.open({ viewport: MOBILE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const { page } = tab;
    await openExplorer(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.isVisible()).toBe(false);

    const legend = page.getByRole('region', { name: 'Legend and filters' });
    expect(await legend.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Legend' }).click();
    expect(await legend.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Legend' }).click();
    expect(await legend.isVisible()).toBe(false);

    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('ARF');
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    await search.press('Enter');
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(true);
    // The drawer slides up: wait until it rests inside the viewport.
    await expect
      .poll(
        async () => {
          const b = await details.boundingBox();
          return b ? b.y + b.height : Infinity;
        },
        { timeout: 5000 },
      )
      .toBeLessThanOrEqual(MOBILE.height + 1);
    const box = await details.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(MOBILE.width + 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(MOBILE.height + 1);
    expect(box!.y).toBeGreaterThan(MOBILE.height * 0.3);
    expect(await details.locator('blockquote').count()).toBeGreaterThan(0);

    await details.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(false);
    await page.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(true);
  });
});

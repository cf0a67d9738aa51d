/**
 * Screenshots
 * ===========
 * Regenerates docs/screenshots/*.png (the explorer, a selection, the reader, the mobile drawer) for the README.
 * The time to the first frame is measured by the benchmark (bench/first-frame.ts), not here.
 */
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseURL, MOBILE, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const browser = browserSuite();
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
});

describe('screenshots', () => {
  it('captures the explorer, a selection and the reader', async () => {
    const started = Date.now() - 1000;
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}explorer.png` });

    await openExplorer(page, '/?node=arf');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'ASEAN Regional Forum' })
      .waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}selection.png` });

    await page.goto(`${baseURL()}/document?id=iscc-2017#iscc-2017-ch4-3-s3`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}reader.png` });
    for (const name of ['explorer', 'selection', 'reader'])
      expect(statSync(`${OUT}${name}.png`).mtimeMs, name).toBeGreaterThan(started);
  });

  it('captures the mobile drawer', async () => {
    const tab = await browser.open({ viewport: MOBILE, isMobile: true, hasTouch: true });
    const { page } = tab;
    await openExplorer(page, '/?node=arf');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'ASEAN Regional Forum' })
      .waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT}mobile.png` });
    expect(statSync(`${OUT}mobile.png`).size).toBeGreaterThan(10_000);
  });
});

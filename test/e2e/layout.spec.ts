/**
 * Layout run
 * ==========
 * "Run layout" starts ForceAtlas2 in a web worker and moves nodes; "Stop layout" stops it and terminates the
 * worker; navigating away while it runs leaves no worker behind.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

const positions = (page: Page) =>
  page.evaluate(() =>
    ['china', 'arf', 'un', 'sco', 'principle-peace'].map((id) => window.atlasExplorer?.nodeViewport(id) ?? null),
  );

describe('layout', () => {
  it('starts and stops ForceAtlas2 in a worker, and leaves no worker after navigating away', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    expect(page.workers()).toHaveLength(0);
    const before = await positions(page);

    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForSelector('[data-layout-running="true"]');
    await expect.poll(() => page.workers().length).toBe(1);
    await page.waitForTimeout(1500);
    const during = await positions(page);
    expect(during).not.toEqual(before);

    await page.getByRole('button', { name: 'Stop layout' }).click();
    await page.waitForSelector('[data-layout-running="false"]');
    await expect.poll(() => page.workers().length).toBe(0);
    await page.waitForTimeout(200); // a last iteration may have been in flight when Stop was pressed
    const stopped = await positions(page);
    await page.waitForTimeout(800);
    (await positions(page)).forEach((point, i) => {
      expect(point?.x).toBeCloseTo(stopped[i]?.x ?? NaN, 2);
      expect(point?.y).toBeCloseTo(stopped[i]?.y ?? NaN, 2);
    });

    // Run again, then leave the page by the site navigation (a client-side transition, the page stays alive).
    await page.getByRole('button', { name: 'Run layout' }).click();
    await expect.poll(() => page.workers().length).toBe(1);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' }).click();
    await page.getByRole('heading', { level: 1, name: 'About the data' }).waitFor();
    await expect.poll(() => page.workers().length).toBe(0);
  });

  it('animates to a sync layout and back to the initial positions', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const initial = await positions(page);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('circular');
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForSelector('[data-layout-running="false"]');
    await page.waitForTimeout(300);
    expect(await positions(page)).not.toEqual(initial);
    expect(page.workers()).toHaveLength(0);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('initial');
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForSelector('[data-layout-running="false"]');
    // The camera glides to the result after the layout has stopped: on a busy machine it can take longer than a fixed
    // wait, so wait for the points to settle where they started (within a pixel), and fail if they never do.
    const offBy = (points: Awaited<ReturnType<typeof positions>>) =>
      Math.max(
        ...points.map((point, i) =>
          Math.max(
            Math.abs((point?.x ?? NaN) - (initial[i]?.x ?? NaN)),
            Math.abs((point?.y ?? NaN) - (initial[i]?.y ?? NaN)),
          ),
        ),
      );
    await expect.poll(async () => offBy(await positions(page)), { timeout: 5000 }).toBeLessThan(0.5);
  });
});

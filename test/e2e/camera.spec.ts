/**
 * Camera and the toolbar
 * ======================
 * The toolbar lies over the top of the canvas, so every view the camera fits (the first view, "Fit", a selection
 * with its neighbours) must frame its nodes below it, on a desktop and on a phone (where the toolbar wraps), or a
 * node would hide under the buttons.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOBILE, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

/** Pixels between the toolbar and the top node's centre: sigma keeps 30 at the other edges (stagePadding). */
const MARGIN = 20;

/** The toolbar's bottom and the container's size, in the container's CSS pixels (what nodeViewport gives). */
const frame = (page: Page) =>
  page.evaluate(() => {
    const container = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    const toolbar = document.querySelector('.graph-toolbar')!.getBoundingClientRect();
    return { toolbarBottom: toolbar.bottom - container.top, width: container.width, height: container.height };
  });

/** The drawn positions of the given nodes (every node when none are given). */
const positions = (page: Page, ids?: string[]) =>
  page.evaluate((only) => {
    const handle = window.atlasExplorer!;
    return (only ?? handle.nodeIds())
      .filter((id) => !handle.nodeDrawing(id)?.hidden)
      .map((id) => ({ id, ...handle.nodeViewport(id)! }));
  }, ids);

const settled = (page: Page) =>
  expect.poll(() => page.evaluate(() => window.atlasExplorer?.cameraSettled() ?? false)).toBe(true);

/**
 * Every node's centre is in view, and the top one is at least `margin` below the toolbar: a node's disc and its
 * label reach above its centre, so a centre just under the toolbar's edge is still half hidden.
 */
async function expectBelowToolbar(page: Page, ids?: string[], margin = MARGIN) {
  const { toolbarBottom, width, height } = await frame(page);
  const points = await positions(page, ids);
  expect(points.length).toBeGreaterThan(0);
  const hidden = points.filter((p) => p.y < toolbarBottom + margin || p.x < 0 || p.x > width || p.y > height);
  expect(hidden, `nodes under the toolbar (bottom at ${toolbarBottom.toFixed(0)} px) or off the view`).toEqual([]);
}

/** Opens a phone on `node` selected, once its details sheet has slid in and the camera has arrived. */
async function openOnPhone(node: string, heading: string) {
  const { page } = await browser.open({ viewport: MOBILE, isMobile: true, hasTouch: true });
  await openExplorer(page, `/?node=${node}`);
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('heading', { name: heading }).waitFor();
  await page.waitForTimeout(300); // the sheet has slid in
  await settled(page);
  return { page, details };
}

describe('camera below the toolbar', () => {
  it('frames the whole graph below the toolbar at first and after Fit', async () => {
    const { page } = await browser.open();
    await openExplorer(page);
    await settled(page);
    await expectBelowToolbar(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await settled(page);
    await expectBelowToolbar(page);
  });

  it('brings a selection and its neighbours into view below the toolbar', async () => {
    const { page } = await browser.open();
    await openExplorer(page, '/?node=un');
    await settled(page);
    const neighbours = await page.evaluate(() =>
      [...document.querySelectorAll('aside[aria-label="Details"] .relation-group a')].map((a) =>
        new URL((a as HTMLAnchorElement).href).searchParams.get('node'),
      ),
    );
    expect(neighbours.length).toBeGreaterThan(5);
    await expectBelowToolbar(page, ['un', ...neighbours.filter((id): id is string => id !== null)]);
  });

  it('counts the toolbar as it wraps on a phone', async () => {
    const { page } = await browser.open({ viewport: MOBILE, isMobile: true, hasTouch: true });
    await openExplorer(page);
    await settled(page);
    await expectBelowToolbar(page);
  });

  it('frames highlighted nodes with long names in view, on a desktop and on a phone', async () => {
    // ASEAN and ICANN lie far apart and their names are long: together they are wider than the whole view.
    for (const options of [{}, { viewport: MOBILE, isMobile: true, hasTouch: true }]) {
      const { page } = await browser.open(options);
      await openExplorer(page, '/?highlight=asean,icann');
      await settled(page);
      await expectBelowToolbar(page, ['asean', 'icann']);
    }
  });

  it('frames a selection above the details sheet on a phone, and again in the whole view when it closes', async () => {
    const { page, details: sheet } = await openOnPhone('sco', 'Shanghai Cooperation Organization');
    const sheetTop = await sheet.evaluate((el) => el.getBoundingClientRect().top);
    const canvasTop = await page.evaluate(() => document.querySelector('.graph-canvas')!.getBoundingClientRect().top);
    const { toolbarBottom } = await frame(page);
    // The selection itself sits in the strip between the toolbar and the sheet.
    const [sco] = await positions(page, ['sco']);
    expect(sco!.y).toBeGreaterThan(toolbarBottom);
    expect(sco!.y + canvasTop).toBeLessThan(sheetTop);

    await sheet.getByRole('button', { name: 'Close details' }).click();
    // With the sheet gone the selection moves down into the middle of the free view, not left at the strip's edge.
    await expect.poll(async () => (await positions(page, ['sco']))[0]!.y).toBeGreaterThan(sco!.y + 50);
    await settled(page);
    await expectBelowToolbar(page, ['sco']);
  });

  it('zooms in on a selection on a phone, even when a neighbour’s name is wider than the screen', async () => {
    // ARF's neighbours include commitments, whose labels (~70 characters) are wider than a 390 px view.
    const { page, details } = await openOnPhone('arf', 'ASEAN Regional Forum');
    const neighbours = await details
      .locator('.relation-group a[href^="/?node="]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('node')!));
    const points = await positions(page, ['arf', ...neighbours]);
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    const { width, toolbarBottom } = await frame(page);
    const sheetTop = await details.evaluate((el) => el.getBoundingClientRect().top);
    const canvasTop = await page.evaluate(() => document.querySelector('.graph-canvas')!.getBoundingClientRect().top);
    const strip = sheetTop - canvasTop - toolbarBottom;
    // The selection and its neighbours fill the strip between the toolbar and the sheet (across or down), not a
    // corner of it as a shrunken whole graph. The nodes alone need not fill it:
    // the names of the outermost ones ("People's Republic of China" to the left) take the rest of the width.
    const filled = Math.max(spread(points.map((p) => p.x)) / width, spread(points.map((p) => p.y)) / strip);
    expect(filled).toBeGreaterThan(0.3);
  });
});

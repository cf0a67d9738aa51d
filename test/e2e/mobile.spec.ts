/**
 * Small screens
 * =============
 * At 390×844 no page scrolls sideways (what is wider, the matrix, scrolls in its own region, which the keyboard can
 * scroll too), the legend is an overlay behind a button, and the details panel is a drawer that opens on selection
 * and closes again (Escape closes either); the reader's section list scrolls in its own box; every control is a
 * target of at least 24 × 24 px. Widths are compared
 * with 390 px, not `innerWidth`: on a mobile viewport a page wider than the screen widens the layout viewport
 * (innerWidth) with it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, MOBILE, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();
const PHONE = { viewport: MOBILE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** How far the page scrolls sideways at 390 px (0 when it does not). */
const overflow = (page: Page) =>
  page.evaluate((width) => Math.max(0, document.documentElement.scrollWidth - width), MOBILE.width);

/** Each page, with something it shows once rendered. */
const PAGES: Array<{ path: string; ready: (page: Page) => Promise<void> }> = [
  { path: '/', ready: (page) => page.locator('[data-graph-ready="true"]').waitFor({ timeout: 30_000 }) },
  { path: '/document', ready: (page) => page.locator('.reader-text').first().waitFor() },
  { path: '/matrix', ready: (page) => page.getByRole('table').waitFor() },
  { path: '/query', ready: (page) => page.getByRole('form', { name: 'actions-for-forum' }).waitFor() },
  {
    path: '/query?name=actions-for-forum&forum=arf',
    ready: (page) =>
      page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' }).getByRole('table').waitFor(),
  },
  { path: '/about', ready: (page) => page.getByRole('heading', { name: 'What the graph holds' }).waitFor() },
];

/**
 * The controls on the page smaller than 24 × 24 px, by role and name: buttons, fields, checkboxes and links laid out
 * as boxes. Links in running text (display: inline) are exempt, as WCAG 2.5.8 exempts them: the line decides their
 * height. Only what is rendered and visible counts (a closed drawer's buttons do not).
 */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main :is(a[href], button, input, select, textarea, summary)')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .filter((element) => getComputedStyle(element).display !== 'inline')
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 23.5 || box.height < 23.5))
      .map(({ element, box }) => {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
        const kind = element instanceof HTMLInputElement ? element.type : element.localName;
        return `${kind} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      }),
  );

describe('mobile', () => {
  it('turns the details into a drawer at 390×844', async () => {
    const tab = await browser.open(PHONE);
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
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
  });

  it('closes the legend overlay and the details drawer on Escape, focus back on their buttons', async () => {
    const { page } = await browser.open(PHONE);
    await openExplorer(page, '/?node=arf');
    const focusedClass = () => page.evaluate(() => document.activeElement?.className ?? '');
    const legend = page.getByRole('region', { name: 'Legend and filters' });
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(true);
    // One overlay at a time: opening the legend closes the drawer and puts focus in the legend, so Escape works
    // straight away.
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('legend-title');
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => legend.isVisible()).toBe(false);
    await expect.poll(focusedClass).toBe('legend-toggle');
    // From inside it too.
    await page.getByRole('button', { name: 'Legend' }).click();
    await legend.getByRole('checkbox', { name: /Forums/ }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => legend.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await details.getByRole('link', { name: 'Read in context' }).first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(false);
    await expect.poll(focusedClass).toBe('drawer-toggle');
    // The selection stays: closing the drawer is not clearing it.
    expect(new URL(page.url()).searchParams.get('node')).toBe('arf');
  });

  it('opens the drawer on a selection restored by Back from another page', async () => {
    const tab = await browser.open(PHONE);
    const { page } = tab;
    await openExplorer(page);
    const details = page.getByRole('complementary', { name: 'Details' });
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('ARF');
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === 'arf');
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    // A client-side visit to the reader and back: Next restores the explorer with the props of its first render
    // (no selection), and the explorer adopts the selection from the address bar; its drawer must open with it.
    await page.getByRole('navigation').getByRole('link', { name: 'Document' }).click();
    await page.waitForURL((url) => url.pathname === '/document');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('node') === 'arf');
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(true);
  });

  it('shows the document’s title on the reader’s first screen, the section list scrolling in its own box', async () => {
    const { page } = await browser.open(PHONE);
    await page.goto(`${baseURL()}/document`);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    const box = await title.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(MOBILE.height);
    // Every section is still listed, the last one reachable by keyboard (it scrolls into view in the box).
    const toc = page.getByRole('navigation', { name: 'Sections' });
    const last = toc.getByRole('link').last();
    await last.focus();
    expect(await last.isVisible()).toBe(true);
    expect(await toc.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it('scrolls no page sideways at 390 px', async () => {
    const tab = await browser.open(PHONE);
    const { page } = tab;
    const overflows: Record<string, number> = {};
    for (const { path, ready } of PAGES) {
      await page.goto(new URL(path, baseURL()).toString());
      await ready(page);
      overflows[path] = await overflow(page);
    }
    // Pixels each page is wider than the screen: none.
    expect(overflows).toEqual(Object.fromEntries(PAGES.map(({ path }) => [path, 0])));
    // The query page's introduction and forms fit the screen rather than being clipped.
    await page.goto(new URL('/query?name=actions-for-forum&forum=arf', baseURL()).toString());
    for (const box of [
      await page.locator('main header p').first().boundingBox(),
      await page.getByRole('form', { name: 'actions-for-forum' }).boundingBox(),
    ]) {
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(MOBILE.width);
    }
  });

  it('gives every control a target of at least 24 × 24 px at 390 px, in the states an analyst reaches', async () => {
    const { page } = await browser.open(PHONE);
    const small: Record<string, string[]> = {};
    const check = async (state: string) => {
      small[state] = await smallTargets(page);
    };
    // The table with a selection's relationships, the details drawer, the legend overlay and the highlight chip.
    await page.goto(new URL('/?view=table&node=arf', baseURL()).toString());
    await page.getByRole('region', { name: 'Table of nodes' }).waitFor();
    await check('explorer table');
    await openExplorer(page, '/?node=arf');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).waitFor();
    await check('details drawer');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('heading', { name: 'Legend and filters' }).waitFor();
    await check('legend');
    await openExplorer(page, '/?highlight=arf,sco');
    await page.getByRole('button', { name: 'List highlighted nodes' }).waitFor();
    await check('highlight chip');
    // The reader's citation bar, the matrix with a cell open, a query's answer and its forms.
    await page.goto(new URL('/document#iscc-2017-ch4-3-s3', baseURL()).toString());
    await page.getByRole('complementary', { name: 'Citation' }).waitFor();
    await check('reader citation bar');
    await page.goto(new URL('/matrix', baseURL()).toString());
    await page.getByRole('table').waitFor();
    await check('matrix');
    await page.goto(new URL('/query?name=actions-for-forum&forum=arf', baseURL()).toString());
    await page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' }).getByRole('table').waitFor();
    await check('query');
    expect(small).toEqual(Object.fromEntries(Object.keys(small).map((state) => [state, []])));
  });

  it('scrolls the matrix in its own named, focusable region, from the keyboard too', async () => {
    const tab = await browser.open(PHONE);
    const { page } = tab;
    await page.goto(new URL('/matrix', baseURL()).toString());
    const region = page.getByRole('region', { name: 'Forum × action matrix' });
    await region.getByRole('table').waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    const box = await region.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(MOBILE.width);
    const size = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(size.scroll).toBeGreaterThan(size.client);

    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // Scrolled sideways, the forum names stay in view as the rows' labels.
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const name = region.getByRole('rowheader').first();
    const nameBox = await name.boundingBox();
    expect(nameBox!.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(nameBox!.x).toBeLessThan(box!.x + 20);
  });

  it('scrolls the node table in its own named, focusable region, from the keyboard too', async () => {
    const { page } = await browser.open(PHONE);
    await page.goto(new URL('/?view=table', baseURL()).toString());
    const region = page.getByRole('region', { name: 'Table of nodes' });
    const table = region.getByRole('table', { name: 'Nodes' });
    await table.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    const size = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(size.scroll).toBeGreaterThan(size.client);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('closes a drawer a shared link opened on Escape, with nothing focused yet', async () => {
    const { page } = await browser.open(PHONE);
    await openExplorer(page, '/?node=sco');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible(), { timeout: 5000 }).toBe(false);
    expect(new URL(page.url()).searchParams.get('node')).toBe('sco');
  });
});

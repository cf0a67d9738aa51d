/**
 * Explorer while the store is down (simulated)
 * ============================================
 * The browser side of an outage, on the memory backend: the API's 503 answers are simulated by intercepting
 * requests (test/e2e/outage.spec.ts kills a real Neo4j). The banner appears (role="alert", data-state="down") on
 * the first 503, the canvas stays, a node's details show an inline error, and when the answers come back the
 * banner goes and the details load by themselves, without a reload. A graph that could not load at all loads once
 * the store is back; a store with no nodes at all says how to load it. Chromium logs each 503 as a failed resource, which is expected here and filtered.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite({ ignore: () => /status of 503/ });

const unavailable = (route: Route) =>
  route.fulfill({
    status: 503,
    contentType: 'application/json',
    body: JSON.stringify({ ok: false, backend: 'neo4j', error: 'Neo4j is unavailable' }),
  });

/** Makes the store "go down" for the given API paths (glob patterns under /api/). */
async function storeDown(page: Page, paths: string[]): Promise<() => Promise<void>> {
  const patterns = paths.map((path) => `**/api/${path}`);
  for (const pattern of patterns) await page.route(pattern, unavailable);
  return async () => {
    for (const pattern of patterns) await page.unroute(pattern, unavailable);
  };
}

describe('store status banner', () => {
  it('shows the banner on a 503, keeps the canvas, shows an inline error and recovers by itself', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const status = page.getByTestId('store-status');
    expect(await status.getAttribute('data-state')).toBe('ok');
    // Scoped: Next's route announcer is an (empty) role="alert" of its own.
    expect(await status.getByRole('alert').count()).toBe(0);

    const restore = await storeDown(page, ['health', 'nodes/**', 'search*']);
    // Click a node on the canvas: its details request meets the outage.
    const box = await page.locator('.graph-canvas').boundingBox();
    const at = await page.evaluate(() => window.atlasExplorer?.nodeViewport('arf') ?? null);
    expect(box && at).toBeTruthy();
    if (!box || !at) return;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL((url) => url.searchParams.get('node') === 'arf');

    await page.locator('[data-testid="store-status"][data-state="down"]').waitFor({ timeout: 10_000 });
    const banner = status.getByRole('alert');
    expect(await banner.textContent()).toMatch(/graph database is unavailable — retrying/);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() => details.getByRole('alert').textContent())
      .toMatch(/Could not load the details: the graph database is unavailable/);
    // What was on screen stays.
    expect(await page.locator('[data-graph-ready="true"]').count()).toBe(1);

    // A search while down says so in place.
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('ARF');
    await expect.poll(() => page.locator('.search-error').textContent(), { timeout: 10_000 }).toMatch(/Search failed/);

    await restore();
    await page.locator('[data-testid="store-status"][data-state="ok"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await status.getByRole('alert').count()).toBe(0);
    // The details that failed load once the store is back, without a reload.
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-graph-ready="true"]').count()).toBe(1);
  });

  it('loads the graph once the store is back when it could not load at first', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const restore = await storeDown(page, ['health', 'graph']);
    await page.goto(new URL('/', baseURL()).toString());
    await page.locator('[data-testid="store-status"][data-state="down"]').waitFor({ timeout: 10_000 });
    const panel = page.locator('.graph-error');
    await expect
      .poll(() => panel.textContent(), { timeout: 10_000 })
      .toMatch(/could not be loaded: the graph database is unavailable/);
    await restore();
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
    await page.locator('[data-testid="store-status"][data-state="ok"]').waitFor({ state: 'attached' });
  });

  it('says how to fill a store that answers with no nodes at all (a Neo4j database nobody loaded)', async () => {
    const { page } = await browser.open();
    await page.route('**/api/graph', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          attributes: {},
          options: { type: 'directed', multi: true, allowSelfLoops: true },
          nodes: [],
          edges: [],
        }),
      }),
    );
    await openExplorer(page);
    const notice = page.getByRole('status').filter({ hasText: 'The graph is empty' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/no atlas data yet\. Load it with npm run atlas -- load/);
  });
});

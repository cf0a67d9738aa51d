/**
 * Lazy graph view
 * ===============
 * When the graph view's chunk cannot be loaded (a deploy replaced it, the network dropped), the explorer says so
 * where the graph would be, as an alert a screen reader announces, and offers the table instead
 * (app/_components/explorer/GraphViewLazy.tsx).
 */
import { describe, expect, it } from 'vitest';
import { baseURL } from './support/browser';
import { browserSuite } from './support/suite';

// The chunk this test refuses, as the browser logs it.
const browser = browserSuite({ ignore: () => /Failed to load resource: net::ERR_FAILED/ });

describe('lazy graph view', () => {
  it('announces that the graph view could not be loaded, and only that', async () => {
    const { page } = await browser.open();
    let refused = 0;
    // Sigma is in the view's chunk only (it touches WebGL when imported, which is why the view is lazy).
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes('WebGL')) return route.fulfill({ response, body });
      refused += 1;
      return route.abort('failed');
    });
    await page.goto(new URL('/', baseURL()).toString());
    // In the page's own content (Next's route announcer, in its shadow root, is an alert of its own).
    const alert = page.locator('main').getByRole('alert');
    await alert.filter({ hasText: 'The graph view could not be loaded' }).waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await alert.count()).toBe(1);
    expect(await alert.textContent()).toBe(
      'The graph view could not be loaded. Reload the page, or use the Table view.',
    );
    // The table still answers.
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator('.node-table').waitFor();
  });
});

/**
 * Back and Forward across #fragment links
 * =======================================
 * The skip link and the reader's contents make history entries the browser writes itself, which Next's router does
 * not restore (lib/history/foreign-entry.ts). Back to such an entry of another page shows that page, not the one
 * left; a fragment-only step within a page stays a scroll, with no reload.
 */
import { describe, expect, it } from 'vitest';
import { baseURL } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

describe('history across #fragment links', () => {
  it('Back from the explorer to a section the contents jumped to shows the reader there', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document`);
    const contents = page.getByRole('navigation', { name: 'Sections' });
    const link = contents.getByRole('link', { name: /Reform of Global Internet Governance System/ });
    const hash = new URL((await link.getAttribute('href'))!, baseURL()).hash;
    await link.click();
    await page.waitForURL((url) => url.pathname === '/document' && url.hash === hash);

    // A mention in that section leads into the explorer (a router navigation).
    await page
      .locator(`p[data-section="${hash.slice(1)}"] a.mention[href="/?node=icann"]`)
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('node') === 'icann');
    await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/document' && url.hash === hash);
    // The reader is what is on screen, not the explorer left behind.
    await page
      .getByRole('heading', { level: 1, name: 'International Strategy of Cooperation on Cyberspace' })
      .waitFor();
    expect(await page.locator('[data-graph-ready]').count()).toBe(0);
    // Where the reader was: the section in view.
    await expect
      .poll(() => page.locator(hash).evaluate((el) => el.getBoundingClientRect().top / window.innerHeight))
      .toBeLessThan(1);
    expect(await page.locator(hash).evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
  });

  it('Back to a page left from its skip link (keyboard) shows that page', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/matrix`);
    await page.getByRole('heading', { level: 1, name: /Forums × plan-of-action items/ }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/matrix' && url.hash === '#main');

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Query' }).click();
    await page.getByRole('heading', { level: 1, name: 'Queries' }).waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/matrix');
    await page.getByRole('heading', { level: 1, name: /Forums × plan-of-action items/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Queries' }).count()).toBe(0);

    // Forward again is the query page.
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Queries' }).waitFor();
  });

  it('a fragment-only step back within the reader scrolls, without loading the page again', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document`);
    const contents = page.getByRole('navigation', { name: 'Sections' });
    const links = contents.getByRole('link');
    const first = links.nth(1);
    const second = links.nth(6);
    const firstHash = new URL((await first.getAttribute('href'))!, baseURL()).hash;
    await first.click();
    await page.waitForURL((url) => url.hash === firstHash);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await second.click();
    await page.waitForURL((url) => url.hash !== firstHash);
    await page.goBack();
    await page.waitForURL((url) => url.hash === firstHash);
    await page.waitForTimeout(300); // a reload, had one started, would have replaced the window by now
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  });
});

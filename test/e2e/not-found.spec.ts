/**
 * Not-found page
 * ==============
 * An unknown address answers 404 with a page rendered per request: its scripts carry the request's CSP nonce, so
 * they run (no CSP errors, the page hydrates and navigates client-side), and its links lead to the explorer, the
 * reader, the matrix and the queries. An unknown document id shows the same page. Chromium logs the page's own 404
 * as a console error; that one line is expected, any other fails the test.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite({ ignore: () => /status of 404 \(Not Found\) \(http[^)]*\/(nope|document\?id=nope)\)$/ });

const LINKS: Array<{ name: string; path: string; ready: (page: Page) => Promise<void> }> = [
  { name: 'The explorer', path: '/', ready: (page) => page.locator('.explorer').waitFor() },
  {
    name: 'The document reader',
    path: '/document',
    ready: (page) => page.getByRole('heading', { level: 1, name: /Cooperation on Cyberspace/ }).waitFor(),
  },
  { name: 'The forum × action matrix', path: '/matrix', ready: (page) => page.getByRole('table').waitFor() },
  {
    name: 'The queries',
    path: '/query',
    ready: (page) => page.getByRole('form', { name: 'actions-for-forum' }).waitFor(),
  },
];

async function openMissing(page: Page, path = '/nope'): Promise<void> {
  const response = await page.goto(new URL(path, baseURL()).toString());
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
}

describe('not-found page', () => {
  it('answers /favicon.ico with the app icon, which browsers ask for whatever a page links', async () => {
    // A 404 here is a console error on whichever page the browser happens to ask from (seen after Back).
    const response = await fetch(new URL('/favicon.ico', baseURL()));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });

  it('answers 404 with a page whose scripts carry the nonce and run', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const response = await page.goto(new URL('/nope', baseURL()).toString());
    expect(response?.status()).toBe(404);
    const policy = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, 'the CSP names a nonce').toBeTruthy();
    // Every script of the page carries this request's nonce (a prerendered page would carry none).
    const scripts = await page.locator('script').evaluateAll((all) => all.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    expect(await page.title()).toBe('Page not found · Strategy Atlas');
    // Hydrated: Next's client runtime ran.
    await page.waitForFunction(() => 'next' in window);
    expect(await page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(true);
  });

  it('links to the explorer, the reader, the matrix and the queries, navigating client-side', async () => {
    const tab = await browser.open();
    const { page } = tab;
    for (const link of LINKS) {
      await openMissing(page);
      await page.waitForFunction(() => 'next' in window);
      // A marker that a full page load would wipe: the links must navigate within the running app.
      await page.evaluate(() => Object.assign(window, { notFoundMarker: true }));
      await page.getByRole('main').getByRole('link', { name: link.name }).click();
      await page.waitForURL((url) => url.pathname === link.path);
      await link.ready(page);
      expect(await page.evaluate(() => 'notFoundMarker' in window), `${link.name}: client-side`).toBe(true);
    }
  });

  it('is what an unknown document id shows', async () => {
    const tab = await browser.open();
    await openMissing(tab.page, '/document?id=nope');
  });
});

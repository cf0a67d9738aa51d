/**
 * Browser for e2e tests
 * =====================
 * Launches Debian's Chromium through playwright-core with WebGL (SwiftShader, as there is no GPU) and the flags this
 * closed network needs (no background connections), and opens pages that record every console error and uncaught
 * page error so each test can assert there were none. playwright's launch() gives every browser a fresh temporary
 * profile (--user-data-dir), removed on close.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { browser, close: () => browser.close() };
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  close(): Promise<void>;
}

export const DESKTOP = { width: 1400, height: 900 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors, close: () => context.close() };
}

export function baseURL(): string {
  return inject('baseURL');
}

/** Opens an explorer URL and waits for sigma's first frame. */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
  await page.goto(new URL(path, baseURL()).toString());
  await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `max` presses. */
export async function tabUntil(page: Page, predicate: string, { max = 80, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const found = await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, predicate);
    if (found) return;
  }
  throw new Error(`test/e2e: ${max} Tab presses never focused "${predicate}"`);
}

/** The explorer's URL state: the search params of the page's URL. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

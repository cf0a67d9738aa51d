/**
 * Browser suite
 * =============
 * The set-up every browser spec shares: one Chromium per spec file, one fresh tab (browser context) per test, and
 * after each test the tab closed and its console checked: a test fails on any console or page error, except those
 * the spec provokes on purpose (`ignore`, read when the test ends: a simulated 503, an expected 501 …).
 */
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage, type Session, type TrackedPage } from './browser';

export interface BrowserSuite {
  /** Opens this test's tab; closed and checked for errors when the test ends. */
  open(options?: BrowserContextOptions): Promise<TrackedPage>;
}

export function browserSuite({ ignore }: { ignore?: () => RegExp | null } = {}): BrowserSuite {
  let session: Session | undefined;
  let tabs: TrackedPage[] = [];
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session?.close());
  afterEach(async () => {
    const pattern = ignore?.() ?? null;
    const errors = tabs.flatMap((tab) => tab.errors).filter((error) => !pattern?.test(error));
    await Promise.all(tabs.map((tab) => tab.close()));
    tabs = [];
    expect(errors, 'console errors').toEqual([]);
  });
  return {
    async open(options) {
      if (!session) throw new Error('test/e2e/support/suite: the browser is not running (open() outside a test?)');
      const tab = await openPage(session.browser, options);
      tabs.push(tab);
      return tab;
    },
  };
}

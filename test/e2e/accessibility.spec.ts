/**
 * Accessibility audit
 * ===================
 * axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on every page in the states an analyst reaches: the explorer at rest,
 * with a selection, as a table; the reader, and with a commitment linked to (its citation bar open); the matrix
 * with a cell open; a named query's result beside the Cypher console; the about page; the 404 page; and on a phone
 * (390×844) the explorer's drawer and legend overlay and the reader. Any violation fails the test, listed with its
 * rule, impact, help and the selectors of the failing nodes. No rule is turned off and no element left out: the
 * WebGL canvas is not exempted either, and needs no exemption (a canvas without a role fails no rule); its
 * equivalents, the visually hidden summary beside it, the Table view and the Details panel, are audited here too.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { audit, describeViolations } from './support/axe';
import { baseURL, MOBILE, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

// The console errors a state provokes on purpose (Chromium logs a 404 page's or a 501 answer's status); any other
// fails the test.
let expectedErrors: RegExp | null = null;
const browser = browserSuite({ ignore: () => expectedErrors });

// A phone, with motion reduced (the app honours it, small-screens.css) so that the drawer is audited at rest, not
// with its colours half-way through a slide.
const PHONE: BrowserContextOptions = {
  viewport: MOBILE,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  reducedMotion: 'reduce',
};

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/** Each state: how to reach it, and on which screen. */
const STATES: Array<{
  name: string;
  options?: BrowserContextOptions;
  expectedErrors?: RegExp;
  reach: (page: Page) => Promise<void>;
}> = [
  { name: 'explorer at rest', reach: (page) => openExplorer(page) },
  {
    name: 'explorer with the search suggestions open, one active',
    reach: async (page) => {
      await openExplorer(page);
      const search = page.getByRole('searchbox', { name: /Search/ });
      await search.fill('ARF');
      await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
      await search.press('ArrowDown');
      await expect.poll(() => search.getAttribute('aria-activedescendant')).toBeTruthy();
    },
  },
  {
    name: 'explorer with ARF selected (details open)',
    reach: async (page) => {
      await openExplorer(page, '/?node=arf');
      await details(page).getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    },
  },
  {
    name: 'explorer with a curated relationship selected (its note)',
    reach: async (page) => {
      await openExplorer(page, `/?edge=${encodeURIComponent('PART_OF:arf->asean')}`);
      await details(page).getByText('Curated: not stated in the text').waitFor();
    },
  },
  {
    name: 'explorer with the selected node’s type hidden (the notice and its button)',
    reach: async (page) => {
      await openExplorer(page, '/?node=arf&types=commitment');
      await details(page).getByRole('status').filter({ hasText: 'This node’s type (Forum) is hidden' }).waitFor();
    },
  },
  {
    name: 'explorer table view (nodes and the selection’s relationships)',
    reach: async (page) => {
      await page.goto(`${baseURL()}/?node=arf&view=table`);
      await page.locator('.node-table tbody tr').first().waitFor();
      await details(page).getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    },
  },
  {
    name: 'reader',
    reach: (page) => openReader(page, '/document'),
  },
  {
    name: 'reader with a commitment linked to (highlighted, citation bar open)',
    reach: async (page) => {
      await openReader(page, '/document?id=iscc-2017#iscc-2017-ch4-3-s3');
      await page.getByRole('complementary', { name: 'Citation' }).waitFor();
    },
  },
  {
    name: 'matrix with a cell open',
    reach: (page) => openMatrixCell(page),
  },
  {
    name: 'query with a named query’s result and the Cypher console',
    reach: async (page) => {
      await openQueryResult(page);
      await page.getByRole('region', { name: 'Cypher console' }).waitFor();
    },
  },
  {
    name: 'query: the Cypher console’s notice on the memory backend (501)',
    expectedErrors: /status of 501/,
    reach: async (page) => {
      await page.goto(`${baseURL()}/query`);
      const consoleRegion = page.getByRole('region', { name: 'Cypher console' });
      await consoleRegion.getByRole('button', { name: 'Commitments by modality' }).click();
      await consoleRegion.getByRole('button', { name: 'Run', exact: true }).click();
      await consoleRegion.getByRole('alert').waitFor();
    },
  },
  {
    name: 'about',
    reach: async (page) => {
      await page.goto(`${baseURL()}/about`);
      await page.getByRole('heading', { name: 'What the graph holds' }).waitFor();
    },
  },
  {
    name: 'an unknown address (404)',
    expectedErrors: /status of 404 \(Not Found\) \(http[^)]*\/nope\)$/,
    reach: async (page) => {
      const response = await page.goto(`${baseURL()}/nope`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    },
  },
  {
    name: 'phone: explorer with the details drawer open',
    options: PHONE,
    reach: async (page) => {
      await openExplorer(page, '/?node=arf');
      await details(page).getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
      await expect.poll(() => details(page).isVisible()).toBe(true);
    },
  },
  {
    name: 'phone: explorer with the legend overlay open',
    options: PHONE,
    reach: async (page) => {
      await openExplorer(page);
      await page.getByRole('button', { name: 'Legend' }).click();
      await page.getByRole('region', { name: 'Legend and filters' }).waitFor();
    },
  },
  {
    name: 'phone: reader with a commitment linked to (citation bar open)',
    options: PHONE,
    reach: async (page) => {
      await openReader(page, '/document?id=iscc-2017#iscc-2017-ch4-3-s3');
      await page.getByRole('complementary', { name: 'Citation' }).waitFor();
    },
  },
  {
    name: 'phone: matrix with a cell open',
    options: PHONE,
    reach: (page) => openMatrixCell(page),
  },
  {
    name: 'phone: query with a named query’s result',
    options: PHONE,
    reach: (page) => openQueryResult(page),
  },
];

async function openReader(page: Page, path: string): Promise<void> {
  await page.goto(`${baseURL()}${path}`);
  await page.getByRole('heading', { level: 1, name: /Cooperation on Cyberspace/ }).waitFor();
}

async function openMatrixCell(page: Page): Promise<void> {
  await page.goto(`${baseURL()}/matrix?forum=arf&action=action-partnership-in-cyberspace`);
  await page
    .getByRole('region', { name: 'ASEAN Regional Forum × Partnership in Cyberspace' })
    .locator('blockquote')
    .first()
    .waitFor();
}

async function openQueryResult(page: Page): Promise<void> {
  await page.goto(`${baseURL()}/query?name=actions-for-forum&forum=arf`);
  await page.getByRole('region', { name: 'Results: Plan-of-action items for a forum' }).getByRole('table').waitFor();
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const state of STATES) {
    it(`has no violations: ${state.name}`, async () => {
      expectedErrors = state.expectedErrors ?? null;
      const { page } = await browser.open(state.options);
      await state.reach(page);
      const violations = await audit(page);
      // Compared as text, so the failure lists every rule and node instead of a truncated object diff.
      expect(describeViolations(violations), `axe violations: ${state.name}`).toBe('');
    });
  }
});

describe('live regions', () => {
  it("announces the table's count once typing pauses, not on every keystroke", async () => {
    expectedErrors = null;
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/?view=table`);
    await page.locator('.node-table tbody tr').first().waitFor();
    const filter = page.getByRole('textbox', { name: 'Filter nodes' });
    const live = page.locator('.node-table .table-head [aria-live="polite"]');
    await live.filter({ hasText: /of \d+ nodes/ }).waitFor();
    await live.evaluate((region) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    // Each letter changes the visible count ("210 of 229", "91 of 229", …); the region says only the last.
    await filter.pressSequentially('terrorism', { delay: 60 });
    const visible = page.locator('.node-table .table-head p.muted', { hasText: /of \d+ nodes/ });
    const final = (await visible.textContent()) ?? '';
    expect(final).not.toBe('');
    await expect.poll(() => live.textContent()).toBe(final);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect([...new Set(heard)]).toEqual([final]);
  });
});

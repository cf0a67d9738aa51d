/**
 * A big graph's table
 * ===================
 * The app on a generated graph of 1,200 nodes, in a server of its own: the table view renders its rows a page at a
 * time (lib/explorer/table/paging.ts), says so, and "Show more" / "Show all" bring the rest, from the keyboard too,
 * focus landing on the first row added; filtering starts again at the first page; the CSV holds every row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_PAGE } from '@/lib/explorer/table/paging';
import { startAppServer, type AppServer } from '@/scripts/app-server';
import { downloadText } from './support/download';
import { browserSuite } from './support/suite';

const ORDER = 1_200;
let app: AppServer;
const browser = browserSuite();

beforeAll(async () => {
  app = await startAppServer({ ATLAS_BACKEND: 'memory', ATLAS_SYNTHETIC_ORDER: String(ORDER) });
}, 120_000);
afterAll(() => app?.stop());

describe('the table of a big graph', () => {
  it('lists a page of rows, then more and all on request, from the keyboard', async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/?view=table`);
    const rows = page.locator('#node-table-rows > tr');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(TABLE_PAGE);
    await page
      .locator('.node-table .table-head [aria-live="polite"]', {
        hasText: `${ORDER} of ${ORDER} nodes; the first ${TABLE_PAGE} listed`,
      })
      .waitFor();

    const more = page.getByRole('button', { name: `Show ${TABLE_PAGE} more` });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(2 * TABLE_PAGE);
    // The keyboard goes on from the first row added.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(TABLE_PAGE + 1);

    await page.getByRole('button', { name: `Show all ${ORDER}` }).click();
    await expect.poll(() => rows.count()).toBe(ORDER);
    expect(await page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);

    // The CSV is every row shown by the filter, not the page.
    const { text } = await downloadText(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(text.trim().split('\n')).toHaveLength(ORDER + 1);
  });

  it('starts again at the first page when the rows change', async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/?view=table`);
    const rows = page.locator('#node-table-rows > tr');
    await rows.first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: `Show all ${ORDER}` }).click();
    await expect.poll(() => rows.count()).toBe(ORDER);
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect.poll(() => rows.count()).toBe(TABLE_PAGE);
  });
});

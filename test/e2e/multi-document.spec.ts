/**
 * Several documents
 * =================
 * The app on a data folder of two made-up documents (test/fixtures/multi-doc: Atlantis 2020 and Lemuria 2022, both
 * naming the UN, both with a "Preface" and a Chapter II plan of action), in a server of its own: every list that
 * mixes the documents' items says whose each is, the reader lists the documents, and the matrix and the table view
 * can be kept to one.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '@/scripts/app-server';
import { browserSuite } from './support/suite';

const DATA = fileURLToPath(new URL('../fixtures/multi-doc', import.meta.url));
let app: AppServer;
const browser = browserSuite();

beforeAll(async () => {
  app = await startAppServer({ ATLAS_BACKEND: 'memory', ATLAS_DATA_DIR: DATA });
}, 120_000);
afterAll(() => app?.stop());

describe('the atlas with two documents', () => {
  it('lists the documents in the reader, the one shown marked, each reachable', async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/document`);
    const list = page.getByRole('navigation', { name: 'Documents' });
    // Each by its short name, the title after it for screen readers.
    expect(await list.getByRole('link').allTextContents()).toEqual([
      'Atlantis 2020: Atlantis Cyber Strategy',
      'Lemuria 2022: Lemurian Strategy for Cyberspace',
    ]);
    expect(await list.getByRole('link', { name: /Atlantis 2020/ }).getAttribute('aria-current')).toBe('page');
    await list.getByRole('link', { name: /Lemuria 2022/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Lemurian Strategy for Cyberspace' }).waitFor();
    expect(await list.getByRole('link', { name: /Lemuria 2022/ }).getAttribute('aria-current')).toBe('page');
  });

  it("says whose document each of an entity's source sentences is, and links it there", async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/?node=un`);
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.waitFor({ timeout: 30_000 });
    const captions = await sources.locator('figcaption').allInnerTexts();
    expect(captions.some((text) => text.startsWith('Atlantis 2020 · '))).toBe(true);
    expect(captions.some((text) => text.startsWith('Lemuria 2022 · '))).toBe(true);
    const lemurian = sources.locator('li').filter({ hasText: 'Lemuria 2022 · ' }).first();
    expect(await lemurian.getByRole('link', { name: 'Read in context' }).getAttribute('href')).toMatch(
      /^\/document\?id=lemuria-2022#lemuria-2022-/,
    );
  });

  it("names a commitment's document in the table view", async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/?view=table&show=commitments&filter=train`);
    const row = page.getByRole('row').filter({ hasText: 'Atlantis will train its diplomats.' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('Atlantis 2020');
  });

  it("keeps one document's rows in the table view, by a labelled choice held in the URL", async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/?view=table&show=commitments`);
    const count = page.locator('.node-table .table-head [aria-live="polite"]');
    await count.filter({ hasText: '7 of 23 nodes' }).waitFor({ timeout: 30_000 });
    const choice = page.getByRole('combobox', { name: 'Document' });
    expect(await choice.locator('option').allInnerTexts()).toEqual(['All documents', 'Atlantis 2020', 'Lemuria 2022']);
    // By keyboard: focus the choice and step down to the second document.
    await choice.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/[?&]view=table&show=commitments&doc=lemuria-2022$/);
    await count.filter({ hasText: '3 of 23 nodes' }).waitFor();
    const commitments = page.getByRole('region', { name: 'Table of nodes' }).locator('tbody tr');
    expect(await commitments.count()).toBe(3);
    for (const text of await commitments.allInnerTexts()) expect(text).toContain('Lemuria 2022');

    // With every node shown, an entity stays when the chosen document names it: the UN (both do), not Atlantis.
    await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await page.waitForURL(/[?&]view=table&doc=lemuria-2022$/);
    const rowNames = () =>
      page.getByRole('region', { name: 'Table of nodes' }).locator('tbody tr td:first-child a').allInnerTexts();
    // The table follows the address with React's next render.
    await expect.poll(async () => (await rowNames()).includes('United Nations')).toBe(true);
    const names = await rowNames();
    expect(names).toContain('Kingdom of Lemuria');
    expect(names).not.toContain('Republic of Atlantis');
    expect(names).not.toContain('Atlantis Cyber Strategy');

    // A link keeps the choice; an id that is no loaded document's is ignored, not an empty table.
    await page.goto(`${app.baseURL}/?view=table&doc=atlantis-2020`);
    await page.getByRole('combobox', { name: 'Document' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Document' }).inputValue()).toBe('atlantis-2020');
    await page.goto(`${app.baseURL}/?view=table&doc=atlantis-1999`);
    await count.filter({ hasText: '23 of 23 nodes' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Document' }).inputValue()).toBe('');
  });

  it("heads each matrix column with its document, numbers items within it, and keeps one document's items", async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/matrix`);
    const headers = await page.locator('thead th').allInnerTexts();
    const items = headers.slice(2, -1).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Atlantis 2020: 1. Working with the UN',
      'Atlantis 2020: 2. Capacity',
      'Lemuria 2022: 1. Partnership',
    ]);
    await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Lemuria 2022' });
    await page.waitForURL(/document=lemuria-2022/);
    // The address is written as the choice is made; the table follows with React's next render.
    await expect.poll(async () => (await page.locator('thead th').allInnerTexts()).slice(2, -1).length).toBe(1);
    const api = (await (await fetch(`${app.baseURL}/api/matrix`)).json()) as { actions: Array<{ documentId: string }> };
    expect(api.actions.map((action) => action.documentId)).toEqual(['atlantis-2020', 'atlantis-2020', 'lemuria-2022']);
  });

  it('groups the query forms’ plan-of-action items by document', async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/query`);
    const select = page.locator('select[name="action"]');
    expect(
      await select.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label'))),
    ).toEqual(['Atlantis 2020', 'Lemuria 2022']);
    expect(await select.locator('optgroup[label="Lemuria 2022"] option').allInnerTexts()).toEqual(['1. Partnership']);
  });

  it('counts each document’s commitments on the about page', async () => {
    const { page } = await browser.open();
    await page.goto(`${app.baseURL}/about`);
    const items = await page
      .getByRole('heading', { level: 2, name: 'Documents' })
      .locator('xpath=following-sibling::ul[1]/li')
      .allInnerTexts();
    expect(items[0]).toMatch(/— 4 commitments: 3 by Atlantis, 1 asked of others$/);
    expect(items[1]).toMatch(/— 3 commitments: 2 by Lemuria, 1 asked of others$/);
  });
});

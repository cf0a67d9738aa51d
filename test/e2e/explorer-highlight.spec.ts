/**
 * Explorer highlight deep link
 * ============================
 * `/?highlight=<ids>` (the query pages' "Show in explorer" link): the chip says how many nodes are highlighted, the
 * canvas emphasises them and dims the rest (read through the debug handle, as WebGL draws no DOM), the table lists
 * just them, "Clear" (reached by keyboard) removes `highlight` from the URL, and Back/Forward walk it.
 */
import { describe, expect, it } from 'vitest';
import { openExplorer, params, tabUntil, type TrackedPage } from './support/browser';
import { browserSuite } from './support/suite';

const IDS = ['arf', 'sco', 'action-partnership-in-cyberspace'];
const FADED = '#dfe3e8';

const browser = browserSuite();

/** How sigma draws a node now (null if unknown). */
function drawing(page: TrackedPage['page'], id: string) {
  return page.evaluate((node) => window.atlasExplorer?.nodeDrawing(node) ?? null, id);
}

describe('explorer highlight', () => {
  it('emphasises the highlighted nodes, lists them, and clears by keyboard with Back/Forward', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, `/?highlight=${IDS.join(',')}`);

    const chip = page.getByTestId('highlight-chip');
    await expect.poll(() => chip.textContent()).toMatch(/Highlighting 3 nodes/);
    // The live region is the sentence alone: with the buttons in it, it was read as "… List — Clear".
    expect(await chip.getByRole('status').innerText()).toBe('Highlighting 3 nodes');
    expect(await chip.getByRole('status').getByRole('button').count()).toBe(0);
    for (const id of IDS) {
      const node = await drawing(page, id);
      expect(node, id).not.toBeNull();
      expect(node?.color, id).not.toBe(FADED);
      expect(node?.forceLabel, id).toBe(true);
    }
    // A node outside the highlight is dimmed and unlabelled.
    expect(await drawing(page, 'asean')).toMatchObject({ color: FADED, label: null });

    // The table lists exactly the highlighted nodes.
    await chip.getByRole('button', { name: 'List highlighted nodes' }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'table');
    const rows = page.locator('.node-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const listed = await page
      .locator('.node-table tbody tr td:first-child a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get('node')));
    expect(listed.sort()).toEqual([...IDS].sort());
    expect(await page.locator('.node-table tbody tr[data-highlighted="true"]').count()).toBe(3);
    // The checkbox shows every node again.
    await page.getByRole('checkbox', { name: /Highlighted nodes only/ }).uncheck();
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    await page.getByRole('tab', { name: 'Graph' }).click();
    await page.waitForSelector('[data-graph-ready="true"]');

    // Clear, by keyboard: Tab reaches the chip's button and Enter removes `highlight` from the URL.
    await page.getByRole('searchbox', { name: /Search/ }).focus();
    await tabUntil(page, 'button[aria-label="Clear highlight"]');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('highlight'));
    await chip.waitFor({ state: 'detached' });
    await expect.poll(async () => (await drawing(page, 'asean'))?.color).not.toBe(FADED);

    // Back brings the highlight back (Clear was a history step); Forward clears it again.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('highlight') === IDS.join(','));
    await expect.poll(() => chip.textContent()).toMatch(/Highlighting 3 nodes/);
    await expect.poll(async () => (await drawing(page, 'asean'))?.color).toBe(FADED);
    await page.goForward();
    await page.waitForURL((url) => !url.searchParams.has('highlight'));
    await chip.waitFor({ state: 'detached' });
    expect(params(page).has('highlight')).toBe(false);
    // One canvas throughout: no reload.
    expect(await page.locator('[data-graph-ready="true"]').count()).toBe(1);
  });

  it('says when highlighted ids are not in the graph', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?highlight=arf,no-such-node');
    await expect
      .poll(() => page.getByTestId('highlight-chip').textContent())
      .toMatch(/Highlighting 1 node\b.*1 not in the graph/);
  });
});

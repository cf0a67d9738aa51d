/**
 * Keyboard-only path
 * ==================
 * Without a mouse: Tab reaches the search box, typing and the arrow keys reach a result, Enter selects it and moves
 * focus into the details, Tab reaches a neighbour that Enter selects, the arrow keys switch to the table view, and
 * the table sorts, filters and selects by keyboard; a skip link steps past the legend's filters to the view. Focus is
 * visible throughout.
 */
import { describe, expect, it } from 'vitest';
import { baseURL, openExplorer, params, tabUntil, type TrackedPage } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

const focusOutline = (page: TrackedPage['page']) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });

describe('keyboard', () => {
  it('reaches search, a result, the details and the table view with the keyboard alone', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);

    await tabUntil(page, '[role="searchbox"]', { max: 20 });
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.type('ARF');
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    // Focus stays in the input, so a status says the list has come and how long it is.
    expect(await page.locator('.search [role="status"]').textContent()).toMatch(/^\d+ names?\b.*arrow keys to choose$/);
    await page.keyboard.press('ArrowDown');
    const active = await page.getByRole('searchbox').getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${active}"]`).textContent()).toContain('ASEAN Regional Forum');
    await page.keyboard.press('Enter');

    // Focus lands on the new details.
    await page.waitForFunction(
      () =>
        document.activeElement?.id === 'details-title' && document.activeElement.textContent === 'ASEAN Regional Forum',
    );
    expect(params(page).get('node')).toBe('arf');

    // Tab to a neighbour inside the details and select it with Enter.
    await tabUntil(page, 'aside[aria-label="Details"] .relation-group a', { max: 30 });
    expect(await focusOutline(page)).not.toBe('none');
    const neighbour = await page.evaluate(() =>
      new URL((document.activeElement as HTMLAnchorElement).href).searchParams.get('node'),
    );
    expect(neighbour).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === neighbour);
    await page.waitForFunction(
      () =>
        document.activeElement?.id === 'details-title' && document.activeElement.textContent !== 'ASEAN Regional Forum',
    );

    // Back to the view tabs, and the arrow key opens the table.
    await tabUntil(page, '[role="tab"]', { back: true, max: 120 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Graph');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('view') === 'table');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Table');
    await expect.poll(() => page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe('true');

    // Sort by name with the keyboard.
    await tabUntil(page, '.node-table th button', { max: 120 });
    const nameHeader = page.locator('.node-table th', { hasText: 'Name' });
    await page.keyboard.press('Enter');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = await page.locator('.node-table tbody tr td:first-child a').allTextContents();
    expect(names.slice(0, 5)).toEqual([...names.slice(0, 5)].sort((a, b) => a.localeCompare(b)));

    // Filter, then select a row, all by keyboard.
    await tabUntil(page, '.node-table input', { back: true, max: 10 });
    await page.keyboard.type('Shanghai');
    await expect.poll(() => page.locator('.node-table tbody tr').count()).toBe(1);
    await tabUntil(page, '.node-table tbody a', { max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === 'sco');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'Shanghai Cooperation Organization' })
      .waitFor();
    // The relationships of the selection are a table too.
    await page.getByRole('heading', { name: 'Relationships of Shanghai Cooperation Organization' }).waitFor();
    expect(await page.locator('.relations-table tbody tr').count()).toBeGreaterThan(0);
    // Each row's button is named by its row, so a list of the page's buttons tells them apart, in the words the
    // details list uses ("Part of"), never by the edge type (PART_OF), which a screen reader spells out.
    const buttonNames = await page
      .locator('.relations-table tbody button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    expect(buttonNames.every((name) => name?.startsWith('Show relationship, '))).toBe(true);
    expect(new Set(buttonNames).size).toBe(buttonNames.length);
    expect(buttonNames).toContain(
      'Show relationship, Submitted: International Code of Conduct for Information Security',
    );
    expect(buttonNames.filter((name) => /\b[A-Z]+_?[A-Z]+\b/.test(name?.split(':')[0] ?? ''))).toEqual([]);
    const relationCells = await page.locator('.relations-table tbody tr td:first-child').allTextContents();
    expect(relationCells).toContain('Submitted');
    expect(relationCells.filter((cell) => /[A-Z]{2,}/.test(cell))).toEqual([]);
  });

  it('keeps focus on the page when a control removes itself: Clear selection and Clear highlight go back to search', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=arf&highlight=arf,sco');
    const activeRole = () =>
      page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);
    const clearSelection = page.getByRole('button', { name: 'Clear selection' });
    await clearSelection.focus();
    await page.keyboard.press('Enter');
    await expect.poll(activeRole).toBe('searchbox');
    const clearHighlight = page.getByRole('button', { name: 'Clear highlight' });
    await clearHighlight.focus();
    await page.keyboard.press('Enter');
    await expect.poll(activeRole).toBe('searchbox');
    expect(params(page).has('highlight')).toBe(false);
  });

  it('keeps focus on the page when a selection from the relationships table rebuilds it or shows a relationship', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/?node=arf&view=table`);
    const relations = page.locator('.relations-table');
    await relations.getByRole('heading', { name: 'Relationships of ASEAN Regional Forum' }).waitFor();
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

    // A neighbour: the table is rebuilt for it, and focus stays in the table, on its heading (not <body>).
    await relations.getByRole('link', { name: 'Association of Southeast Asian Nations' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === 'asean');
    await relations.getByRole('heading', { name: 'Relationships of Association of Southeast Asian Nations' }).waitFor();
    await expect.poll(focusedId).toBe('relations-table-title');
    expect(await focusOutline(page)).not.toBe('none');

    // A relationship: the table goes (it lists a node's), and focus goes to the relationship's details.
    await tabUntil(page, '.relations-table tbody button', { max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('edge'));
    await expect.poll(focusedId).toBe('details-title');
    expect(await page.locator('#details-title').textContent()).toMatch(/^Relationship/);
  });

  it('keeps focus on the details when Back takes away the link that had it', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/');
    const details = page.getByRole('complementary', { name: 'Details' });
    // Selected here (a history entry of this page), so that Back can also return to no selection.
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('ARF');
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('ASEAN Regional Forum');
    await details
      .getByRole('button', { name: 'Relationship details, Part of: Association of Southeast Asian Nations' })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('edge'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    // On one of the relationship's ends, which the node's details do not have.
    await details.getByRole('link', { name: 'Association of Southeast Asian Nations' }).focus();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('node') === 'arf');
    await expect
      .poll(() => page.evaluate(() => [document.activeElement?.id, document.activeElement?.textContent]))
      .toEqual(['details-title', 'ASEAN Regional Forum']);
    // Back to no selection: the search box, where one starts again.
    await details.getByRole('link', { name: 'Association of Southeast Asian Nations' }).first().focus();
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('node'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('searchbox');
  });

  it('keeps focus in the legend when Show all types disables itself', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?types=forum');
    const legend = page.getByRole('region', { name: 'Legend and filters' });
    await legend.getByRole('button', { name: 'Show all types' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('types'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('#legend fieldset') !== null))
      .toBe(true);
    expect(await focusOutline(page)).not.toBe('none');
  });

  it('closes the suggestions on Escape and keeps the typed text', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const search = page.getByRole('searchbox');
    await search.focus();
    await page.keyboard.type('ARF');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    await page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await search.inputValue()).toBe('ARF');
  });

  it('steps past the legend’s filters: the first Tab after the view tabs is a link that skips to the view', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/?view=table`);
    await page.locator('.node-table tbody tr').first().waitFor();
    // What the link saves a keyboard user: two controls per node type.
    expect(await page.locator('#legend input, #legend button').count()).toBeGreaterThan(20);
    const focused = () =>
      page.evaluate(() => ({
        text: document.activeElement?.textContent ?? '',
        inLegend: document.activeElement?.closest('#legend') !== null,
        id: document.activeElement?.id ?? '',
      }));

    await page.getByRole('searchbox').focus();
    await tabUntil(page, '#legend .skip-link', { max: 3 });
    const skip = await focused();
    expect(skip.text).toBe('Skip to the node table');
    // Visible when focused (a sighted keyboard user sees where they are), inside the window.
    const box = await page.locator('#legend .skip-link').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('view-panel-table');
    // No fragment: the URL (what a shared link holds) is unchanged.
    expect(new URL(page.url()).hash).toBe('');
    // The next Tab is in the table, not in the legend's ~30 controls.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.node-table') !== null)).toBe(true);

    // In the graph view it leads to the graph's controls.
    await openExplorer(page, '/');
    await page.getByRole('searchbox').focus();
    await tabUntil(page, '#legend .skip-link', { max: 3 });
    expect((await focused()).text).toBe('Skip to the graph');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('view-panel-graph');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('[role="toolbar"][aria-label="Graph controls"]') !== null,
      ),
    ).toBe(true);
    // Tab without the skip link still walks the legend, in order.
    await page.getByRole('searchbox').focus();
    await tabUntil(page, '#legend .skip-link', { max: 3 });
    await page.keyboard.press('Tab');
    expect((await focused()).inLegend).toBe(true);
  });
});

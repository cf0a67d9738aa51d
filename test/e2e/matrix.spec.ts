/**
 * Forum × action matrix
 * =====================
 * The acceptance path (ARF has counts under "Partnership in Cyberspace" and "International Cooperation on
 * Cyber Terrorism and Cyber Crimes"; opening a cell lists its sentences verbatim), then keyboard use, the URL as
 * state (filter, sort, open cell survive a reload), the CSV download, and the bodies within each forum (the UN's row
 * with the General Assembly's, the IGF's … sentences, each saying which body it was counted through).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseURL, DESKTOP, MOBILE, params } from './support/browser';
import { downloadText } from './support/download';
import { browserSuite } from './support/suite';

let sourceText: string;

const PARTNERSHIP = 'Partnership in Cyberspace';
const CYBER_CRIME = 'International Cooperation on Cyber Terrorism and Cyber Crimes';
const GOVERNANCE = 'Reform of Global Internet Governance System';
const PARTS = 'Include bodies within each forum';

const browser = browserSuite();
beforeAll(async () => {
  const response = await fetch(`${baseURL()}/api/documents/iscc-2017`);
  sourceText = ((await response.json()) as { text: string }).text;
});

async function openMatrix(page: Page, search = ''): Promise<void> {
  await page.goto(`${baseURL()}/matrix${search}`);
  await page.getByRole('table').waitFor();
}

/** The text of the cell in the row headed `forum` and the column whose header contains `item`. */
async function cellText(page: Page, forum: string, item: string): Promise<string> {
  const headers = await page.locator('table thead th').allTextContents();
  const column = headers.findIndex((text) => text.includes(item));
  expect(column, `column "${item}"`).toBeGreaterThan(1);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${forum}`) }) });
  return ((await row.locator('th, td').nth(column).textContent()) ?? '').trim();
}

/** The total at the end of the row headed exactly `forum` (its label and acronym, e.g. "United Nations (UN)"). */
async function rowTotal(page: Page, forum: string): Promise<number> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: forum, exact: true }) });
  return Number(await row.locator('td').last().textContent());
}

describe('matrix', () => {
  it('names its axes as the README and /query do: forums and plan-of-action items', async () => {
    const { page } = await browser.open();
    await openMatrix(page);
    await page.getByRole('heading', { level: 1, name: 'Forums × plan-of-action items' }).waitFor();
    expect(await page.title()).toBe('Forums × plan-of-action items · Strategy Atlas');
  });

  it('shows ARF with counts under the two plan-of-action items, and a click lists the verbatim quotes', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    expect(Number(await cellText(page, 'ASEAN Regional Forum', PARTNERSHIP))).toBeGreaterThan(0);
    expect(Number(await cellText(page, 'ASEAN Regional Forum', CYBER_CRIME))).toBeGreaterThan(0);

    await page.getByRole('button', { name: `ASEAN Regional Forum × ${PARTNERSHIP}: 2 commitments` }).click();
    const details = page.getByRole('region', { name: `ASEAN Regional Forum × ${PARTNERSHIP}` });
    await details.waitFor();
    await page.waitForURL((url) => url.searchParams.get('forum') === 'arf');
    expect(params(page).get('action')).toBe('action-partnership-in-cyberspace');
    const quotes = await details.locator('blockquote').allTextContents();
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) expect(sourceText).toContain(quote);
    expect(quotes.every((quote) => quote.includes('ARF'))).toBe(true);
    expect(await details.getByRole('link', { name: 'Read in context' }).first().getAttribute('href')).toBe(
      '/document?id=iscc-2017#iscc-2017-ch4-3-s3',
    );
    expect(await details.getByRole('link', { name: 'Open in explorer' }).first().getAttribute('href')).toBe(
      '/?node=iscc-2017-ch4-3-s3',
    );

    // The open cell is part of the URL: a reload shows it again.
    await page.reload();
    await page
      .getByRole('region', { name: `ASEAN Regional Forum × ${PARTNERSHIP}` })
      .locator('blockquote')
      .first()
      .waitFor();
  });

  it('brings an open cell of a shared link into view, on a desktop and a phone, with focus on its heading', async () => {
    for (const viewport of [DESKTOP, MOBILE]) {
      const { page } = await browser.open({ viewport });
      // The SCO row is far down the table: before, the link opened on the page's top and its sentences lay below it.
      await openMatrix(page, '?forum=sco&action=action-rule-based-order-in-cyberspace');
      const details = page.getByRole('region', { name: /^Shanghai Cooperation Organization × / });
      await details.locator('blockquote').first().waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cell-details-title');
      // Its heading and first sentence on screen (the page may end before the details reach its top).
      const heading = await details.getByRole('heading').first().boundingBox();
      const quote = await details.locator('blockquote').first().boundingBox();
      expect(heading!.y, `heading of the open cell at ${viewport.width}px`).toBeGreaterThanOrEqual(0);
      expect(quote!.y + quote!.height, `first sentence at ${viewport.width}px`).toBeLessThanOrEqual(viewport.height);
    }
  });

  it('says so when a link opens a cell the matrix does not have, and reads ids in any case', async () => {
    const { page } = await browser.open();
    // Before, a mistyped or stale link showed the matrix as if no cell had been asked for.
    await openMatrix(page, '?forum=nope&action=action-rule-based-order-in-cyberspace');
    const notice = page.getByRole('region', { name: 'No such cell' });
    await expect.poll(() => notice.textContent()).toMatch(/no forum, organisation or process "nope"/);
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await openMatrix(page, '?forum=SCO&action=action-rule-based-order-in-cyberspace');
    await page.getByRole('region', { name: /^Shanghai Cooperation Organization × / }).waitFor();
  });

  it('says so when a link names half a cell, or a cell by an id cut short or garbled', async () => {
    const { page } = await browser.open();
    // Before, these were dropped silently: the matrix opened as if no cell had been asked for.
    for (const query of ['?forum=sco', '?forum=%22%3E%3Cscript%3E&action=action-rule-based-order-in-cyberspace']) {
      await openMatrix(page, query);
      const notice = page.getByRole('region', { name: 'No such cell' });
      await expect.poll(() => notice.textContent()).toMatch(/The link asks for a cell the matrix cannot read/);
      await notice.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      expect(new URL(page.url()).search).toBe('');
    }
  });

  it('keeps the item names in view above the rows as they scroll, on a desktop and a phone', async () => {
    for (const viewport of [DESKTOP, MOBILE]) {
      const { page } = await browser.open({ viewport });
      await openMatrix(page);
      const region = page.getByRole('region', { name: 'Forum × action matrix' });
      await region.evaluate((el) => el.scrollIntoView());
      await region.evaluate((el) => (el.scrollTop = el.scrollHeight));
      expect(await region.evaluate((el) => el.scrollTop), `rows scroll at ${viewport.width}px`).toBeGreaterThan(0);
      // The last row is on screen, and the column head above it is too, within the region's box.
      const box = (await region.boundingBox())!;
      const head = (await page.locator('table thead th').nth(2).boundingBox())!;
      const lastRow = (await page.locator('table tbody tr').last().boundingBox())!;
      expect(head.y, `column head at ${viewport.width}px`).toBeGreaterThanOrEqual(box.y - 1);
      expect(head.y + head.height).toBeLessThanOrEqual(lastRow.y);
      expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(Math.min(box.y + box.height, viewport.height) + 1);
    }
  });

  it('copies a quoted commitment as a citation with its chapter and section', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openMatrix(page, '?forum=arf&action=action-partnership-in-cyberspace');
    const details = page.getByRole('region', { name: `ASEAN Regional Forum × ${PARTNERSHIP}` });
    const quote = (await details.locator('blockquote').first().textContent()) ?? '';
    await details.getByRole('button', { name: 'Copy citation of commitment 1' }).click();
    await details.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`“${quote}” `)).toBe(true);
    expect(copied).toContain(', 1 March 2017, Chapter IV. Plan of Action, 3. Partnership in Cyberspace. https://');
  });

  it('names every modality of a quoted commitment ("supports · calls for")', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page, '?forum=unga&action=action-protection-of-citizens-rights-and-interests-including-privacy');
    const quote = page.locator('li').filter({ hasText: 'China supports discussion on privacy protection' });
    await quote.getByText('Modalities:').waitFor();
    expect(await quote.locator('strong').first().textContent()).toBe('supports · calls for');
  });

  it('marks a commitment whose link to the forum is curated, with the way to the curator’s note', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page, '?forum=sco&action=action-rule-based-order-in-cyberspace');
    const details = page.getByRole('region', { name: /^Shanghai Cooperation Organization × / });
    await details.locator('blockquote').first().waitFor();
    // ch4-2-s4 seeks support for "this initiative" (the SCO's Code of Conduct) without naming the SCO; ch4-2-s3, the
    // product "China and other SCO member states provide", names it.
    const mark = details.getByText('Curated link', { exact: true });
    await mark.waitFor();
    const why = details.getByRole('link', { name: 'See why' });
    expect(await why.getAttribute('href')).toBe(`/?edge=${encodeURIComponent('INVOLVES:iscc-2017-ch4-2-s4->sco')}`);
    // A cell whose sentences name the forum has no such mark.
    await openMatrix(page, '?forum=arf&action=action-partnership-in-cyberspace');
    await page
      .getByRole('region', { name: /^ASEAN Regional Forum × / })
      .locator('blockquote')
      .first()
      .waitFor();
    expect(await page.getByText('Curated link', { exact: true }).count()).toBe(0);

    // The explorer says so too, where a commitment lists the forums it involves.
    await page.goto(`${baseURL()}/?node=iscc-2017-ch4-2-s4`);
    const curated = page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('button', { name: /^curated link to Shanghai Cooperation Organization/ });
    await curated.click();
    await page.waitForURL((url) => url.searchParams.get('edge') === 'INVOLVES:iscc-2017-ch4-2-s4->sco');
  });

  it('works from the keyboard: Enter opens a cell, Escape closes it and returns to the cell', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    const cell = page.getByRole('button', {
      name: `Shanghai Cooperation Organization × Rule-based Order in Cyberspace: 2 commitments`,
    });
    await cell.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {
      name: 'Shanghai Cooperation Organization × Rule-based Order in Cyberspace',
    });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cell-details-title');
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    await expect.poll(() => cell.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(params(page).has('forum')).toBe(false);
  });

  it('keeps focus on the page when Back closes the cell it was in: on the cell, as Escape does', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    const cell = page.getByRole('button', { name: `ASEAN Regional Forum × ${PARTNERSHIP}: 2 commitments` });
    await cell.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: `ASEAN Regional Forum × ${PARTNERSHIP}` });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cell-details-title');
    // Into the sentences: a link that Back takes away with the cell.
    await page.getByRole('link', { name: 'Show in explorer' }).focus();
    await page.goBack();
    await heading.waitFor({ state: 'detached' });
    await expect.poll(() => cell.evaluate((element) => element === document.activeElement)).toBe(true);
    // Forward opens it again; focus was not lost, so it stays on the cell (now pressed), a Tab from its sentences.
    await page.goForward();
    await heading.waitFor();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(await cell.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('returns focus to a cell that the browser re-rendered (after a filter change), not only to server-rendered ones', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    // Off and on again: the rows are rebuilt in the browser.
    await page.getByRole('checkbox', { name: 'Forums' }).click();
    await page.waitForURL((url) => url.searchParams.get('types') === 'organization,process');
    await page.getByRole('checkbox', { name: 'Forums' }).click();
    await page.waitForURL((url) => (url.searchParams.get('types') ?? 'forum').split(',').includes('forum'));
    const cell = page.getByRole('button', { name: `ASEAN Regional Forum × ${PARTNERSHIP}: 2 commitments` });
    await cell.click();
    const heading = page.getByRole('heading', { name: `ASEAN Regional Forum × ${PARTNERSHIP}` });
    await heading.waitFor();
    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    await expect.poll(() => cell.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('filters by forum type and sorts by totals, keeping both in the URL', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    // click(), not uncheck()/check(): the inputs are controlled by the URL, which updates a moment after the click.
    await page.getByRole('checkbox', { name: 'Organizations' }).click();
    await page.waitForURL((url) => url.searchParams.get('types') === 'forum,process');
    // The URL changes in the same event as the filter; the table re-renders right after it.
    await expect
      .poll(() => page.getByRole('rowheader', { name: /^Shanghai Cooperation Organization/ }).count())
      .toBe(0);
    expect(await page.getByRole('rowheader', { name: /^ASEAN Regional Forum/ }).count()).toBe(1);

    await page.getByRole('radio', { name: 'By totals' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'total');
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Organizations' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'By totals' }).isChecked()).toBe(true);
    const totals = (await page.locator('table tbody tr td:last-child').allTextContents()).map(Number);
    expect(totals.length).toBeGreaterThan(5);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    // The busiest item comes first among the columns.
    expect(await page.locator('table thead th').nth(2).textContent()).toContain(PARTNERSHIP);
  });

  it('downloads the visible matrix as CSV', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    const { filename, text, bom } = await downloadText(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(filename).toBe('forum-action-matrix.csv');
    // UTF-8 with a byte-order mark, so Excel does not read it in a legacy code page.
    expect(bom).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toContain('3. Partnership in Cyberspace');
    const arf = lines.find((line) => line.startsWith('arf,'));
    expect(arf?.split(',').slice(0, 3)).toEqual(['arf', 'ASEAN Regional Forum', 'forum']);
    expect(lines.at(-1)).toMatch(/^,Total,/);
  });

  it('counts the bodies within each forum when the box is ticked (keyboard), kept in the URL and in the CSV', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page);
    const un = 'United Nations (UN)';
    const direct = await rowTotal(page, un);
    expect(direct).toBeGreaterThan(0);
    const box = page.getByRole('checkbox', { name: PARTS });
    expect(await box.isChecked()).toBe(false);
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('parts') === 'true');
    // The General Assembly, the Security Council, the IGF, WSIS … are within the UN: its row counts their sentences.
    await expect.poll(() => rowTotal(page, un)).toBeGreaterThan(direct);
    const withParts = await rowTotal(page, un);
    expect(await page.locator('caption').textContent()).toContain('or a body within it');

    // A shared link shows the same view.
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('checkbox', { name: PARTS }).isChecked()).toBe(true);
    expect(await rowTotal(page, un)).toBe(withParts);

    // The CSV follows the view, and its name says which one it is.
    const { filename, text } = await downloadText(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(filename).toBe('forum-action-matrix-with-parts.csv');
    const line = text
      .trim()
      .split('\r\n')
      .find((row) => row.startsWith('un,'));
    expect(Number(line?.split(',').at(-1))).toBe(withParts);
  });

  it('says, for a commitment counted through a body within the forum, which body (via)', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openMatrix(page, '?parts=true&forum=un&action=action-reform-of-global-internet-governance-system');
    const details = page.getByRole('region', { name: `United Nations × ${GOVERNANCE}` });
    // "… the UN Internet Governance Forum …" names the IGF, a body within the UN, not the UN itself.
    const quote = details.locator('li').filter({ hasText: 'UN Internet Governance Forum' });
    await quote.waitFor();
    expect(await quote.textContent()).toContain('Counted via Internet Governance Forum, a body within United Nations.');
    expect(await quote.getByRole('link', { name: 'Internet Governance Forum' }).getAttribute('href')).toBe(
      '/?node=igf',
    );
    expect(
      await page
        .getByRole('button', { name: new RegExp(`^United Nations × ${GOVERNANCE}: \\d+ commitments?$`) })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // Without the bodies within, no sentence of this cell names the UN: the same cell is empty.
    await page.getByRole('checkbox', { name: PARTS }).click();
    await page.waitForURL((url) => !url.searchParams.has('parts'));
    await details.getByText('No commitment links this forum to this item.').waitFor();
    expect(await details.getByText(/^Counted via/).count()).toBe(0);
  });
});

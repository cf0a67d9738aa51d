/**
 * Explorer flows
 * ==============
 * The acceptance path (search "ARF", Enter, a verbatim quote in Details, the selection in the URL and restored
 * from it), Back/Forward over selections, type filters in the URL, and clicking an edge on the canvas to see its
 * provenance. The legend draws relationships as the canvas does; a selected node whose type is filtered out says
 * so; the search box shows what the URL holds after any Back or Forward.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { baseURL, openExplorer, params } from './support/browser';
import { browserSuite } from './support/suite';

let sourceText: string;

// The one 404 a test provokes on purpose: the details of an id the graph does not have.
const browser = browserSuite({ ignore: () => /status of 404 \(Not Found\) \(http[^)]*\/api\/nodes\/no-such-node\)$/ });
beforeAll(async () => {
  const response = await fetch(`${baseURL()}/api/documents/iscc-2017`);
  sourceText = ((await response.json()) as { text: string }).text;
});

describe('explorer', () => {
  it('finds ARF by search, shows a verbatim quote, and restores the selection from the URL', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('ARF');
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    await search.press('Enter');

    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    await page.waitForURL((url) => url.searchParams.get('node') === 'arf');
    const quotes = await details.locator('blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(sourceText).toContain(quote);
    expect(quotes.some((quote) => quote.includes('ARF'))).toBe(true);
    // Each quote links into the reader at its sentence.
    const readerLink = await details.getByRole('link', { name: 'Read in context' }).first().getAttribute('href');
    expect(readerLink).toMatch(/^\/document\?id=iscc-2017(&mark=\d+-\d+)?#/);

    // Reopening the URL restores the selection.
    const shared = page.url();
    await page.goto('about:blank');
    await openExplorer(page, shared);
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    expect(await details.locator('blockquote').count()).toBe(quotes.length);
  });

  it('walks the selection history with Back and Forward', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=arf');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    // A neighbour link selects that neighbour (a new history entry).
    await details.getByRole('link', { name: 'Association of Southeast Asian Nations' }).first().click();
    await details.getByRole('heading', { name: 'Association of Southeast Asian Nations' }).waitFor();
    expect(params(page).get('node')).toBe('asean');

    await page.goBack();
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    expect(params(page).get('node')).toBe('arf');
    await page.goForward();
    await details.getByRole('heading', { name: 'Association of Southeast Asian Nations' }).waitFor();
    expect(params(page).get('node')).toBe('asean');
    // The canvas survived the history walk (no reload, no second sigma).
    expect(await page.locator('[data-graph-ready="true"]').count()).toBe(1);
  });

  it('keeps type filters in the URL and restores them', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const legend = page.getByRole('region', { name: 'Legend and filters' });
    const commitments = legend.getByRole('checkbox', { name: /Commitments/ });
    expect(await commitments.isChecked()).toBe(true);
    await commitments.uncheck();
    await page.waitForURL((url) => url.searchParams.has('types'));
    const types = params(page).get('types')?.split(',') ?? [];
    expect(types).not.toContain('commitment');
    expect(types).toContain('forum');

    // Named as the about page and the hidden-type notice name it, in lower case mid-sentence.
    await page.getByRole('button', { name: 'Show only forums', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('types') === 'forum');
    await expect.poll(() => legend.getByRole('checkbox', { name: /States/ }).isChecked()).toBe(false);
    await page.goto(page.url());
    await page.waitForSelector('[data-graph-ready="true"]');
    expect(await legend.getByRole('checkbox', { name: /Forums/ }).isChecked()).toBe(true);
    expect(await legend.getByRole('checkbox', { name: /States/ }).isChecked()).toBe(false);
    // The table view honours the same filter.
    await page.getByRole('tab', { name: 'Table' }).click();
    const rows = page.locator('.node-table tbody tr');
    await rows.first().waitFor();
    const typesShown = new Set(await page.locator('.node-table tbody tr td:nth-child(2)').allTextContents());
    expect([...typesShown].map((t) => t.trim())).toEqual(['Forum']);
  });

  it('keeps the search text in the URL and restores it', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('sovereignty');
    await page.waitForURL((url) => url.searchParams.get('q') === 'sovereignty');
    // Typing refines the current history entry rather than adding one per keystroke.
    expect(await page.evaluate(() => history.length)).toBe(2);
    await page.goto(`${baseURL()}/?q=ARF&view=table`);
    await page.locator('.node-table tbody tr').first().waitFor();
    expect(await page.getByRole('searchbox', { name: /Search/ }).inputValue()).toBe('ARF');
    expect(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows an edge’s provenance when the edge is clicked on the canvas', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=arf');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'ASEAN Regional Forum' })
      .waitFor();
    // The camera's move to the selection: positions read before it ends are not where the edge will be.
    await expect.poll(() => page.evaluate(() => window.atlasExplorer?.cameraSettled() ?? false)).toBe(true);
    const canvasBox = await page.locator('.graph-canvas').boundingBox();
    const ends = await page.evaluate(() => ({
      a: window.atlasExplorer?.nodeViewport('iscc-2017-ch4-3-s3') ?? null,
      b: window.atlasExplorer?.nodeViewport('arf') ?? null,
    }));
    expect(canvasBox && ends.a && ends.b).toBeTruthy();
    if (!canvasBox || !ends.a || !ends.b) return;
    const mid = { x: canvasBox.x + (ends.a.x + ends.b.x) / 2, y: canvasBox.y + (ends.a.y + ends.b.y) / 2 };
    // Sigma picks edges by colour in an offscreen buffer: aim a pixel or two across the line until it answers.
    const length = Math.hypot(ends.b.x - ends.a.x, ends.b.y - ends.a.y);
    const normal = { x: -(ends.b.y - ends.a.y) / length, y: (ends.b.x - ends.a.x) / length };
    let clicked = false;
    for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
      const x = mid.x + normal.x * offset;
      const y = mid.y + normal.y * offset;
      await page.mouse.move(x, y);
      await page.waitForTimeout(50);
      const pointer = await page.evaluate(
        () => document.querySelector<HTMLElement>('.sigma-container')?.style.cursor === 'pointer',
      );
      if (pointer) {
        await page.mouse.click(x, y);
        clicked = true;
        break;
      }
    }
    expect(clicked, 'the edge answered to the pointer').toBe(true);
    await page.waitForURL((url) => url.searchParams.has('edge'));
    expect(params(page).get('edge')).toBe('INVOLVES:iscc-2017-ch4-3-s3->arf');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: /Relationship/ }).waitFor();
    await expect.poll(() => details.getByText('Stated in the text').count()).toBe(1);
    const quote = await details.locator('blockquote').first().textContent();
    expect(quote && sourceText.includes(quote)).toBe(true);
    expect(quote).toContain('ARF');
  });

  it('says a curated relationship is curated and shows its note', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, `/?edge=${encodeURIComponent('PART_OF:arf->asean')}`);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByText('Curated: not stated in the text').waitFor();
    await expect
      .poll(() => details.getByText(/Curation note: The ASEAN Regional Forum was established by ASEAN/).count())
      .toBe(1);
    // Reached from the node's list, named in the list's words ("Part of"), not by the edge type (PART_OF).
    await openExplorer(page, '/?node=arf');
    const open = details.getByRole('button', {
      name: 'Relationship details, Part of: Association of Southeast Asian Nations',
    });
    await open.click();
    await page.waitForURL((url) => url.searchParams.get('edge') === 'PART_OF:arf->asean');
  });

  it('says a link to an id the graph does not have is not found, without a Try again that cannot help', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=no-such-node');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details
      .getByRole('alert')
      .getByText(/Could not load the details: .*unknown node/)
      .waitFor();
    expect(await details.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await details.getByRole('button', { name: 'Clear selection' }).count()).toBe(1);
  });

  it('fits the legend in its column at 1400 px (no sideways scrolling), and phrases HEAD_OF for a reader', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=xi-jinping');
    const legend = page.locator('#legend');
    expect(await legend.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: /Head of/ }).waitFor();
  });

  it('heads a commitment with who states it, and shows the subject as written (for most norms, whom they address)', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const details = page.getByRole('complementary', { name: 'Details' });
    await openExplorer(page, '/?node=iscc-2017-preface-s10');
    await details.getByRole('heading', { name: "Commitment by People's Republic of China" }).waitFor();
    await details.getByText('Subject as written').waitFor();
    await openExplorer(page, '/?node=iscc-2017-ch2-3-s3');
    await details.getByRole('heading', { name: "Norm stated by People's Republic of China" }).waitFor();
    await details.getByText('Subject as written', { exact: true }).waitFor();
    await details.getByText('“Countries”').waitFor();
    expect(await details.getByText('Addressed to', { exact: true }).count()).toBe(0);
    // Its kind in words, not the stored value ("others") a reader would have to decode.
    const kind = details.locator('dt', { hasText: 'Kind' }).locator('xpath=following-sibling::dd[1]');
    expect(await kind.textContent()).toBe('a norm addressed to other parties');
    expect(await kind.getAttribute('title')).toBe('kind: others');
    // The Preface's epigraph: Xi Jinping's words, with the attribution they are quoted from.
    await openExplorer(page, '/?node=iscc-2017-preface-s3');
    await details.getByRole('heading', { name: 'Norm stated by Xi Jinping' }).waitFor();
    await details.getByText('Quoted from', { exact: true }).waitFor();
    await details.getByText(/^Remarks by H\.E\. Xi Jinping, President of the People's Republic of China/).waitFor();
  });

  it('lists every modality of a commitment whose sentence states several', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const details = page.getByRole('complementary', { name: 'Details' });
    await openExplorer(page, '/?node=iscc-2017-ch3-1-s2');
    await details.getByText('Modalities', { exact: true }).waitFor();
    await details.getByText('“opposes” · “believes”', { exact: true }).waitFor();
  });

  it('says when no node type is shown (a ?types= naming none), with a way back to all', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?types=bogus');
    const notice = page.getByRole('status').filter({ hasText: 'No node types are shown.' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Show all types' }).focus();
    await page.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });
    await page.waitForURL((url) => !url.searchParams.has('types'));
    // The button removed itself: focus is on the graph it brought back, not dropped on <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('view-panel-graph');
  });

  it('says when the selected node’s type is hidden, and shows that type again from the keyboard', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=arf&types=commitment');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    const notice = details.getByRole('status').filter({ hasText: 'This node’s type (Forum) is hidden in the graph' });
    await notice.waitFor();
    // Announced politely with the selection, for those who do not see the panel.
    await expect
      .poll(() =>
        page.locator('[aria-live="polite"]').filter({ hasText: 'Selected ASEAN Regional Forum' }).textContent(),
      )
      .toContain('Its type, Forum, is hidden in the graph.');
    const show = notice.getByRole('button', { name: 'Show forums' });
    await show.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('types') === 'commitment,forum');
    await notice.waitFor({ state: 'detached' });
    // The button removed itself: focus lands on the node it spoke of, not on <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    expect(
      await page
        .getByRole('region', { name: 'Legend and filters' })
        .getByRole('checkbox', { name: /Forums/ })
        .isChecked(),
    ).toBe(true);
    // A node whose type is shown has no notice.
    await openExplorer(page, '/?node=arf&types=forum');
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    expect(await details.getByText(/is hidden in the graph/).count()).toBe(0);
  });

  it('says when a selected relationship is off the canvas because an end’s type is hidden, and shows it again', async () => {
    const tab = await browser.open();
    const { page } = tab;
    // ARF is a forum, ASEAN an organization: with forums hidden the curated PART_OF between them is not drawn.
    const types = 'commitment,organization';
    await openExplorer(page, `/?edge=${encodeURIComponent('PART_OF:arf->asean')}&types=${types}`);
    const details = page.getByRole('complementary', { name: 'Details' });
    const notice = details
      .getByRole('status')
      .filter({ hasText: 'This relationship is not drawn in the graph: the type of an end (Forum) is hidden.' });
    await notice.waitFor();
    await expect
      .poll(() => page.locator('[aria-live="polite"]').filter({ hasText: 'Selected relationship' }).textContent())
      .toContain('It is not drawn: Forum hidden in the graph.');
    // Announced in words, not as the edge type a screen reader would spell out.
    expect(
      await page.locator('[aria-live="polite"]').filter({ hasText: 'Selected relationship' }).textContent(),
    ).toContain('Selected relationship: ASEAN Regional Forum part of Association of Southeast Asian Nations.');
    await notice.getByRole('button', { name: 'Show forums' }).click();
    await page.waitForURL((url) => url.searchParams.get('types') === 'commitment,organization,forum');
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
  });

  it('keeps the search box in step with the URL over Back and Forward, also back from another page', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const search = page.getByRole('searchbox', { name: /Search/ });
    const details = page.getByRole('complementary', { name: 'Details' });
    const inStep = async (step: string) => {
      await expect
        .poll(async () => ({ input: await search.inputValue(), url: params(page).get('q') ?? '' }), { message: step })
        .toEqual({ input: params(page).get('q') ?? '', url: params(page).get('q') ?? '' });
    };
    await search.fill('ARF');
    await page.waitForURL((url) => url.searchParams.get('q') === 'ARF');
    await page.getByRole('option', { name: /ASEAN Regional Forum/ }).waitFor();
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === 'arf');
    await search.fill('UN');
    await page.waitForURL((url) => url.searchParams.get('q') === 'UN');
    await details.getByRole('link', { name: 'Association of Southeast Asian Nations' }).first().click();
    await page.waitForURL((url) => url.searchParams.get('node') === 'asean');
    await search.fill('');
    await page.waitForURL((url) => !url.searchParams.has('q'));

    const walk: Array<['back' | 'forward', string | null, string]> = [
      ['back', 'arf', 'UN'],
      ['back', null, 'ARF'],
      ['forward', 'arf', 'UN'],
      ['forward', 'asean', ''],
      ['back', 'arf', 'UN'],
    ];
    for (const [step, node, q] of walk) {
      await (step === 'back' ? page.goBack() : page.goForward());
      await page.waitForURL((url) => url.searchParams.get('node') === node);
      expect(params(page).get('q') ?? '').toBe(q);
      await inStep(`${step} to node=${node} q=${q}`);
    }

    // Away to another page and Back: the page comes back with the props of its first load (no q, no node), but
    // what it shows is what the address bar holds.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Document' }).click();
    await page.waitForURL((url) => url.pathname === '/document');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('node') === 'arf');
    await inStep('back from /document');
    expect(await search.inputValue()).toBe('UN');
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
  });

  it('draws the legend’s relationships as the canvas draws them: solid arrows, straight and curved, named in words', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const edges = page.getByRole('region', { name: 'Legend and filters' }).locator('.legend-edges li');
    expect(await edges.count()).toBe(2);
    const samples = await edges.evaluateAll((items) =>
      items.map((item) => ({
        text: item.textContent ?? '',
        shape: item.querySelector('svg')?.getAttribute('data-edge-sample'),
        line: item.querySelector('svg path')?.getAttribute('d') ?? '',
        // Sigma draws no dashes: neither may the legend.
        dashed: [...item.querySelectorAll('svg *')].some((el) => getComputedStyle(el).strokeDasharray !== 'none'),
        parts: item.querySelectorAll('svg path').length,
      })),
    );
    expect(samples).toEqual([
      expect.objectContaining({ shape: 'straight', dashed: false, parts: 2 }),
      expect.objectContaining({ shape: 'curved', dashed: false, parts: 2 }),
    ]);
    expect(samples[0]?.line).not.toContain('Q');
    expect(samples[1]?.line).toContain('Q');
    expect(samples[0]?.text).toContain('Stated in the text');
    expect(samples[1]?.text).toMatch(/Curated.*curved/);
  });

  it('copies a source sentence as a citation, and shows it to copy by hand where the clipboard is refused', async () => {
    const tab = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = tab;
    await openExplorer(page, '/?node=arf');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'ASEAN Regional Forum' }).waitFor();
    const quote = (await details.locator('blockquote').first().textContent()) ?? '';
    await details.getByRole('button', { name: 'Copy citation of source sentence 1' }).click();
    await details.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`“${quote}” `)).toBe(true);
    expect(copied).toContain(
      "Ministry of Foreign Affairs of the People's Republic of China, International Strategy of Cooperation on Cyberspace, 1 March 2017, Chapter IV.",
    );
    expect(copied).toMatch(/ https:\/\/www\.fmprc\.gov\.cn\/\S+$/);

    const refused = (await browser.open()).page;
    await refused.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    await openExplorer(refused, '/?node=arf');
    const aside = refused.getByRole('complementary', { name: 'Details' });
    await aside.getByRole('button', { name: 'Copy citation of source sentence 1' }).click();
    const field = aside.getByRole('textbox', { name: /Citation/ });
    expect(await field.inputValue()).toBe(copied);
    // Selected, so Ctrl+C is all that is left to do.
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(copied.length);
  });
});

/**
 * Explorer flows
 * ==============
 * The acceptance path (search "ARF", Enter, a verbatim quote in Details, the selection in the URL and restored
 * from it), Back/Forward over selections, type filters in the URL, and clicking an edge on the canvas to see its
 * provenance; the search box shows what the URL holds after any Back or Forward. What the details and the legend
 * say is explorer-details.spec.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { baseURL, openExplorer, params } from './support/browser';
import { commitmentKinds } from './support/kinds';
import { downloadText } from './support/download';
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

  it('finds sentences by a word their label cuts off, and selects one from the keyboard', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page);
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('terrorism');
    const names = page.getByRole('group', { name: 'Names' }).getByRole('option');
    const sentences = page.getByRole('group', { name: /^Sentences/ }).getByRole('option');
    await sentences.first().waitFor();
    // All five sentences with the word, each showing it emphasised (labels hold it for none of them).
    expect(await sentences.count()).toBe(5);
    for (const mark of await page
      .getByRole('group', { name: /^Sentences/ })
      .locator('mark')
      .allTextContents()) {
      expect(mark.toLowerCase()).toBe('terrorism');
    }
    // The arrow keys walk past the names into the sentences; Enter selects the active one.
    const nameCount = await names.count();
    for (let step = 0; step <= nameCount; step++) await search.press('ArrowDown');
    const active = page.locator(`[id="${await search.getAttribute('aria-activedescendant')}"]`);
    expect(await active.getAttribute('aria-selected')).toBe('true');
    expect(await sentences.first().getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await page.waitForURL((url) => /^iscc-2017-ch4-5-s\d+$/.test(url.searchParams.get('node') ?? ''));
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.locator('blockquote').first().waitFor();
    const quote = (await details.locator('blockquote').first().textContent()) ?? '';
    expect(quote).toContain('terrorism');
    expect(sourceText).toContain(quote);

    // More sentences than the list shows: the last option opens the table on that text, commitments only.
    await search.fill('China');
    const more = page.getByRole('option', { name: /more sentences: show all in the table/ });
    await more.click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'table');
    await page.locator('.node-table tbody tr').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Filter nodes' }).inputValue()).toBe('China');
    expect(await page.getByRole('combobox', { name: 'Show' }).inputValue()).toBe('commitments');
    // One document loaded: no "Document" choice (test/e2e/multi-document.spec.ts has two).
    expect(await page.getByRole('combobox', { name: 'Document' }).count()).toBe(0);
    const cells = await page.locator('.node-table tbody tr td:nth-child(2)').allTextContents();
    expect(cells.length).toBeGreaterThan(8);
    expect(new Set(cells.map((cell) => cell.trim().split(' —')[0]))).toEqual(new Set(['Commitment']));

    // The filtered table is a link: the URL holds the filter and the choice, and a reload (or a shared link) opens
    // the same rows; refining the filter rewrites the URL in place.
    expect(params(page).get('filter')).toBe('China');
    expect(params(page).get('show')).toBe('commitments');
    await page.getByRole('combobox', { name: 'Show' }).selectOption('self');
    await page.waitForURL((url) => url.searchParams.get('show') === 'self');
    const ownOnly = await page.locator('.node-table tbody tr').count();
    expect(ownOnly).toBeGreaterThan(0);
    await page.reload();
    await page.locator('.node-table tbody tr').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Filter nodes' }).inputValue()).toBe('China');
    expect(await page.getByRole('combobox', { name: 'Show' }).inputValue()).toBe('self');
    expect(await page.locator('.node-table tbody tr').count()).toBe(ownOnly);

    // The rows shown download as CSV, each commitment with its whole sentence and its address in the reader.
    const { filename, text } = await downloadText(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(filename).toBe('strategy-atlas-table-china-self.csv');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('id,name,sentence,type,verbs and kind,document,relationships,centrality,explorer,reader');
    expect(lines).toHaveLength(ownOnly + 1);
    expect(lines[1]).toMatch(/^iscc-2017-[a-z0-9-]+-s\d+,/);
    expect(lines[1]).toContain(`${baseURL()}/document?id=iscc-2017#`);
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
    // Its count is split by kind, said as the box's description (its name stays "Commitments (n)").
    const kinds = await commitmentKinds();
    expect(await legend.getByRole('checkbox', { name: `Commitments (${kinds.total})`, exact: true }).count()).toBe(1);
    expect(
      await commitments.evaluate((box) => document.getElementById(box.getAttribute('aria-describedby')!)?.textContent),
    ).toBe(`${kinds.self} by China, ${kinds.others} asked of others`);
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
      // The API's `nodes: unknown node …` without the route's name: the sentence says what failed to load.
      .getByText('Could not load the details: unknown node "no-such-node".')
      .waitFor();
    expect(await details.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await details.getByRole('button', { name: 'Clear selection' }).count()).toBe(1);
  });

  it('says what a garbled link asked for and did not get, rewrites the address bar, and stays usable', async () => {
    const { page } = await browser.open();
    // A node that is not an id, a misspelt type, a repeated node: each was dropped silently, the URL left as it came.
    await openExplorer(page, '/?node=%22%3E%3Cscript%3E&types=forum,forums&utm_source=x#nope');
    const notice = page.getByTestId('link-notice');
    await expect
      .poll(() => notice.getByRole('status').textContent())
      .toBe(
        'Ignored from the link: the unknown parameter "utm_source"; node ""><script>", which is not a node id; ' +
          'the unknown type "forums".',
      );
    await expect.poll(() => new URL(page.url()).search + new URL(page.url()).hash).toBe('?types=forum#nope');
    // A second bad link, then Back and Forward across the two: each entry holds its rewritten address.
    await openExplorer(page, '/?node=ARF&node=sco');
    await expect.poll(() => new URL(page.url()).search).toBe('?node=arf');
    await notice.getByText('all but the first node=').waitFor();
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'ASEAN Regional Forum' })
      .waitFor();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?types=forum');
    await page.goForward();
    await expect.poll(() => new URL(page.url()).search).toBe('?node=arf');
    // The search still selects, and a step of the user's own clears the note.
    const search = page.getByRole('searchbox', { name: /Search/ });
    await search.fill('SCO');
    await page.getByRole('option', { name: /Shanghai Cooperation Organization/ }).waitFor();
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('node') === 'sco');
    expect(await notice.count()).toBe(0);
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
});

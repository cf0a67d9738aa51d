/**
 * Explorer details and legend
 * ===========================
 * What the panels say: the legend fits its column and draws relationships as the canvas does, named in words; a
 * commitment is headed by who states it, with every modality; a view with no type shown, a selected node or
 * relationship whose type is filtered out say so and offer the way back (by keyboard too); a source sentence is
 * copied as a citation, or shown to copy by hand where the clipboard is refused.
 */
import { describe, expect, it } from 'vitest';
import { baseURL, openExplorer } from './support/browser';
import { browserSuite } from './support/suite';

const browser = browserSuite();

describe('explorer details and legend', () => {
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
    await details.getByRole('heading', { name: 'Commitment by China' }).waitFor();
    await details.getByText('Subject as written').waitFor();
    await openExplorer(page, '/?node=iscc-2017-ch2-3-s3');
    await details.getByRole('heading', { name: 'Norm stated by China' }).waitFor();
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

  it('links a forum to its plan-of-action items and an item to its forums (one step past its commitments)', async () => {
    const { page } = await browser.open();
    await openExplorer(page, '/?node=sco');
    const details = page.getByRole('complementary', { name: 'Details' });
    const forum = details.getByRole('link', { name: 'Plan-of-action items for this forum' });
    expect(await forum.getAttribute('href')).toBe('/query?name=actions-for-forum&forum=sco');
    await openExplorer(page, '/?node=action-international-cooperation-on-cyber-terrorism-and-cyber-crimes');
    const item = details.getByRole('link', { name: 'Forums for this plan-of-action item' });
    await item.click();
    await page.getByRole('region', { name: 'Results: Forums for a plan-of-action item' }).waitFor();
    // Neither on a node of another type.
    await openExplorer(page, '/?node=china');
    await details.getByRole('heading', { name: "People's Republic of China" }).waitFor();
    expect(await details.getByRole('link', { name: /for this (forum|plan-of-action item)$/ }).count()).toBe(0);
  });

  it('announces a selected commitment by its whole sentence, not by its label cut short', async () => {
    const { page } = await browser.open();
    await openExplorer(page, '/?node=iscc-2017-ch2-3-s5');
    // The label ends "… international organizations, Intern…": a screen reader would read the cut word.
    await expect
      .poll(() => page.locator('[aria-live="polite"]').filter({ hasText: 'Selected ' }).textContent())
      .toBe(
        'Selected commitment: All parties, including governments, international organizations, Internet companies, ' +
          'technology communities, non-governmental institutions and individual citizens, should play their ' +
          'respective roles in building an all-dimensional and multi-tiered governance platform.',
      );
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

  it("lists a node's commitments by their whole sentence, not the label that stops mid-clause", async () => {
    const { page } = await browser.open();
    const { commitments } = (await (await fetch(`${baseURL()}/api/commitments?forum=sco`)).json()) as {
      commitments: Array<{ id: string; text: string }>;
    };
    expect(commitments.length).toBeGreaterThan(0);
    await openExplorer(page, '/?node=sco');
    const relationships = page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('region', { name: 'Relationships' });
    for (const { id, text } of commitments) {
      const link = relationships.locator(`a[href="/?node=${id}"]`);
      expect(await link.textContent(), id).toBe(text);
    }
  });

  it('presents a fact located by a few words as words within a sentence, not as the sentence', async () => {
    const { page } = await browser.open();
    await openExplorer(page, `/?edge=${encodeURIComponent('MEMBER_OF:china->sco')}`);
    const sources = page.getByRole('complementary', { name: 'Details' }).getByRole('region', { name: 'Sources' });
    await sources.getByRole('heading', { name: 'Source text' }).waitFor();
    const quote = sources.locator('blockquote');
    expect(await quote.textContent()).toBe('China and other SCO member states');
    expect(await quote.getAttribute('class')).toBe('is-phrase');
    expect(await sources.locator('figcaption').textContent()).toMatch(/^Words within a sentence of /);
    expect(await sources.getByRole('link', { name: 'Read in context' }).getAttribute('href')).toMatch(
      /&mark=\d+-\d+#passage$/,
    );
  });

  it('presents a section’s or an item’s own heading as its heading, not as words cut from a sentence', async () => {
    const { page } = await browser.open();
    const title = '5. International Cooperation on Cyber Terrorism and Cyber Crimes';
    for (const id of ['iscc-2017-ch4-5', 'action-international-cooperation-on-cyber-terrorism-and-cyber-crimes']) {
      await openExplorer(page, `/?node=${id}`);
      const sources = page.getByRole('complementary', { name: 'Details' }).getByRole('region', { name: 'Sources' });
      await sources.getByRole('heading', { name: 'Source heading' }).waitFor();
      const quote = sources.locator('blockquote');
      expect(await quote.textContent(), id).toBe(title);
      expect(await quote.getAttribute('class'), id).toBeNull(); // no '…' around it
      expect(await sources.locator('figcaption').textContent(), id).toMatch(new RegExp(`^Heading of ${title} · `));
    }
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

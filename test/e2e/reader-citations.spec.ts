/**
 * Reader citations
 * ================
 * The reader's citation bar: it cites the sentence a link led to, any selected text, a paragraph or a section (from
 * its ¶ / § link, by keyboard too), with the issuer, title, date and place; a selection cut inside a word is cited
 * in whole words; every paragraph and heading has an anchor, all ids apart, and a link to it named by its place, a
 * 24 × 24 px target that leaves the text's layout as it was; the links stay out of copied text; the bar is reached by
 * keyboard right after the header.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, tabUntil } from './support/browser';
import { HIGHLIGHT } from './support/reader';
import { browserSuite } from './support/suite';

const browser = browserSuite();

describe('citation bar', () => {
  const ISSUER_AND_TITLE =
    "Ministry of Foreign Affairs of the People's Republic of China, International Strategy of Cooperation on Cyberspace, 1 March 2017";

  /** Selects from the start of `from` to the end of `to` (default: `from` itself), as a reader would with the mouse. */
  async function select(page: Page, from: string, to: string = from) {
    await page.evaluate(
      ({ from, to }) => {
        const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
        const find = (wanted: string) => {
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(wanted);
            if (at >= 0) return { node, at };
          }
          throw new Error(`no text node holds ${wanted}`);
        };
        const start = find(from);
        walker.currentNode = start.node;
        // `to` may be in the same text node as `from`: search it again from its start.
        walker.previousNode();
        const end = find(to);
        const range = document.createRange();
        range.setStart(start.node, start.at);
        range.setEnd(end.node, end.at + to.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      },
      { from, to },
    );
  }

  it('cites the sentence a link led to, with its chapter and section, and closes with Escape', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const view = (await (await fetch(`${baseURL()}/api/commitments?forum=arf`)).json()) as {
      commitments: Array<{ id: string; text: string; sectionId: string }>;
    };
    const commitment = view.commitments.find((c) => c.sectionId === 'iscc-2017-ch4-3')!;
    await page.goto(`${baseURL()}/document?id=iscc-2017#${commitment.id}`);
    const bar = page.getByRole('complementary', { name: 'Citation' });
    await bar.getByRole('button', { name: 'Copy citation of the linked sentence' }).click();
    await bar.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${commitment.text}” ${ISSUER_AND_TITLE}, Chapter IV. Plan of Action, 3. Partnership in Cyberspace. ` +
        'https://www.fmprc.gov.cn/mfa_eng/wjb_663304/zzjg_663340/jks_665232/kjlc_665236/qtwt_665250/201703/t20170301_599869.html',
    );
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
  });

  it('cites any selected text (not only commitments), without the reader’s own ◆ links', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const bar = page.getByRole('complementary', { name: 'Citation' });
    expect(await bar.count()).toBe(0);

    await select(page, 'Cyber crimes are spreading.');
    await bar.getByRole('button', { name: 'Copy citation of the selected text' }).click();
    await bar.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      new RegExp(`^“Cyber crimes are spreading\\.” ${ISSUER_AND_TITLE.replace(/[.()]/g, '\\$&')}, `),
    );
    // The click collapsed nothing the bar still shows.
    expect(await bar.textContent()).toContain('Cyber crimes are spreading.');

    // Across a commitment sentence and into the next: the ◆ anchor is not part of the quote.
    await select(page, 'balanced cyber security process', 'It will encourage and support');
    const quote = (await bar.locator('.citation-bar-quote').textContent()) ?? '';
    expect(quote).toContain('“balanced cyber security process within ARF. It will encourage and support”');
    expect(quote).not.toMatch(/[◆◇]/);
  });

  it('cites whole words when a selection starts or ends inside one', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const bar = page.getByRole('complementary', { name: 'Citation' });
    // From inside "critical", over a ◆ link and the ICANN mention, to inside "institution".
    await select(page, 'ritical Internet resources', 'international instit');
    const quote = (await bar.locator('.citation-bar-quote').textContent()) ?? '';
    expect(quote).toContain(
      '“critical Internet resources. It will vigorously promote the reform of ICANN to make it a truly independent ' +
        'international institution”',
    );
    await bar.getByRole('button', { name: 'Copy citation of the selected text' }).click();
    await bar.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^“critical Internet resources\. It will .* international institution” Ministry of Foreign Affairs/,
    );
    // Within one word: that word. Between words: as selected.
    await select(page, 'rimes are spre');
    expect(await bar.locator('.citation-bar-quote').textContent()).toContain('“crimes are spreading”');
    await select(page, 'Cyber crimes are spreading.');
    expect(await bar.locator('.citation-bar-quote').textContent()).toContain('“Cyber crimes are spreading.”');
  });

  const PUBLISHED =
    'https://www.fmprc.gov.cn/mfa_eng/wjb_663304/zzjg_663340/jks_665232/kjlc_665236/qtwt_665250/201703/t20170301_599869.html';
  const SENTENCE = 'Cyber crimes are spreading.';

  /** The source paragraph (between blank lines) holding `sentence`, verbatim. */
  async function sourceParagraph(sentence: string): Promise<string> {
    const text = ((await (await fetch(`${baseURL()}/api/documents/iscc-2017`)).json()) as { text: string }).text;
    const at = text.indexOf(sentence);
    expect(at).toBeGreaterThanOrEqual(0);
    const end = text.indexOf('\n\n', at);
    return text.slice(text.lastIndexOf('\n\n', at) + 2, end < 0 ? text.length : end);
  }

  it('gives every paragraph and heading an anchor with a ¶ / § link to it, all ids apart', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const paragraphs = page.locator('.reader-text p');
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('.reader-text p[id]').count()).toBe(count);
    // Each link is named by its block's place, so a list of links tells them apart.
    expect(await page.getByRole('link', { name: /^Cite paragraph \d+ of / }).count()).toBe(count);
    const headings = await page.locator('.reader-text :is(h2, h3, h4)[id]').count();
    expect(await page.locator('.reader-heading > a.permalink').count()).toBe(headings);
    const names = await page
      .locator('.reader-text a.permalink')
      .evaluateAll((all) => all.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(count + headings);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Cite Chapter IV, section 3');
    expect(names).toContain('Cite paragraph 1 of Chapter IV, section 3');
    // Each link names its own block; no id is given twice (a paragraph's never repeats a section's or a sentence's).
    const links = await page
      .locator('.reader-text a.permalink')
      .evaluateAll((all) => all.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
    const ids = await page.locator('[id]').evaluateAll((all) => all.map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of links) expect(ids, id).toContain(id);
    const id = await paragraphs.filter({ hasText: SENTENCE }).getAttribute('id');
    expect(id).toMatch(/^iscc-2017-ch1-p\d+$/);
    expect(await page.locator(`[id="${id}"] > a.permalink`).getAttribute('aria-label')).toBe(
      `Cite paragraph ${id!.replace(/.*-p/, '')} of Chapter I`,
    );
  });

  it('makes each ¶ and § link a 24 × 24 px target without moving the text', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const sizes = await page
        .locator('.reader-text a.permalink')
        .evaluateAll((all) => all.map((a) => [a.getBoundingClientRect().width, a.getBoundingClientRect().height]));
      for (const [w, h] of sizes) expect(Math.min(w!, h!), `${width}px wide`).toBeGreaterThanOrEqual(24);
      // Every block is as tall with the links as without them: they take no room from the text.
      const heights = () =>
        page
          .locator('.reader-text :is(p, .reader-heading)')
          .evaluateAll((all) => all.map((el) => el.getBoundingClientRect().height));
      const withLinks = await heights();
      const style = await page.addStyleTag({ content: '.reader-text a.permalink { display: none !important; }' });
      expect(await heights(), `${width}px wide`).toEqual(withLinks);
      await style.evaluate((el) => (el as Element).remove());
      // Nor do they reach past the page's edge, which would scroll it sideways on a phone.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), `${width}px wide`).toBe(width);
    }
  });

  it("keeps every ◆/◇ link clickable, also on a paragraph's last sentence, where the ¶ box begins", async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // What a click at the centre of each ◆/◇ would hit: the link itself (or its glyph), never the ¶ over it.
      const covered = await page.locator('.reader-text a.commitment-link').evaluateAll((links) =>
        links
          .filter((link) => {
            link.scrollIntoView({ block: 'center' });
            const box = link.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return !(hit && link.contains(hit));
          })
          .map((link) => link.getAttribute('href')),
      );
      expect(covered, `${width}px wide`).toEqual([]);
    }
  });

  it('cites and highlights the paragraph a fresh page opens at', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const paragraph = await sourceParagraph(SENTENCE);
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const id = await page.locator('.reader-text p').filter({ hasText: SENTENCE }).getAttribute('id');
    expect(id).not.toBeNull();

    const fresh = (await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] })).page;
    await fresh.goto(`${baseURL()}/document?id=iscc-2017#${id}`);
    const target = fresh.locator(`[id="${id}"]`);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
    // The paragraph's text is the source's, verbatim: the ¶ link adds nothing to it.
    expect(await target.textContent()).toBe(paragraph);

    const bar = fresh.getByRole('complementary', { name: 'Citation' });
    expect(await bar.locator('.citation-bar-quote').textContent()).toContain('Chapter I. Opportunities and Challenges');
    await bar.getByRole('button', { name: 'Copy citation of the linked paragraph' }).click();
    await bar.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await fresh.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${paragraph}” ${ISSUER_AND_TITLE}, Chapter I. Opportunities and Challenges. ${PUBLISHED}`,
    );
  });

  it('cites a paragraph and a section from the keyboard, the focus going to the bar and back', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const paragraph = await sourceParagraph(SENTENCE);
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const block = page.locator('.reader-text p').filter({ hasText: SENTENCE });
    const id = (await block.getAttribute('id'))!;
    const link = block.getByRole('link', {
      name: `Cite paragraph ${id.replace(/.*-p/, '')} of Chapter I`,
      exact: true,
    });
    // Shown on focus (and on hover), hidden otherwise so that it does not speckle the text.
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    // Reached by Tab in reading order: from the paragraph before, through this one's own links.
    await block.evaluate((el) => (el.previousElementSibling?.querySelector('a.permalink') as HTMLElement).focus());
    await tabUntil(page, `[id="${id}"] > a.permalink`, { max: 30 });
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === `#${id}`);
    const bar = page.getByRole('complementary', { name: 'Citation' });
    const copy = bar.getByRole('button', { name: 'Copy citation of the linked paragraph' });
    await expect.poll(() => copy.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => block.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
    await page.keyboard.press('Enter');
    await bar.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${paragraph}” ${ISSUER_AND_TITLE}, Chapter I. Opportunities and Challenges. ${PUBLISHED}`,
    );
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    // The same link again (the URL has its fragment already): the bar comes back.
    await page.keyboard.press('Enter');
    await expect.poll(() => copy.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });

    // A section: its § link stands beside the heading, whose name it leaves alone; cited by where it stands.
    const heading = page.getByRole('heading', { name: '3. Partnership in Cyberspace', exact: true });
    expect(await heading.getAttribute('id')).toBe('iscc-2017-ch4-3');
    const section = page.locator('.reader-heading:has(> [id="iscc-2017-ch4-3"])').getByRole('link');
    expect(await section.getAttribute('aria-label')).toBe('Cite Chapter IV, section 3');
    await section.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#iscc-2017-ch4-3');
    const copySection = bar.getByRole('button', { name: 'Copy citation of the linked section' });
    await expect.poll(() => copySection.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await heading.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
    await page.keyboard.press('Enter');
    await bar.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${ISSUER_AND_TITLE}, Chapter IV. Plan of Action, 3. Partnership in Cyberspace. ${PUBLISHED}`,
    );
  });

  it('leaves the ¶ and § links out of copied text and of quotes', async () => {
    const { page } = await browser.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const link = page.locator('.reader-text a.permalink').first();
    expect(await link.evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
    // From the end of one paragraph, over a heading and its § link, into the next chapter's first paragraph.
    await select(page, 'a multilateral, democratic and transparent global Internet governance system.', 'With the');
    const quote = (await page.locator('.citation-bar-quote').textContent()) ?? '';
    expect(quote).toContain('governance system. Chapter I. Opportunities and Challenges With the”');
    expect(quote).not.toMatch(/[¶§]/);
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Chapter I. Opportunities and Challenges');
    expect(copied).not.toMatch(/[¶§]|Cite (paragraph|Chapter)/);
  });

  it('is reached by keyboard before the text, right after the header', async () => {
    const { page } = await browser.open();
    const view = (await (await fetch(`${baseURL()}/api/commitments?forum=sco`)).json()) as {
      commitments: Array<{ id: string }>;
    };
    await page.goto(`${baseURL()}/document?id=iscc-2017#${view.commitments[0]!.id}`);
    const copy = page.getByRole('button', { name: 'Copy citation of the linked sentence' });
    await copy.waitFor();
    await page.getByRole('link', { name: 'published original' }).focus();
    await page.keyboard.press('Tab');
    expect(await copy.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

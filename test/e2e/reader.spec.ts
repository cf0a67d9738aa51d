/**
 * Document reader
 * ===============
 * /document shows the whole text with its sections, entity mentions that link to the explorer, and commitment
 * sentences with anchors that highlight when linked to, whether opened directly or from a quote in the explorer;
 * Back from the explorer returns to where the reader was. The issuer's own commitments and the norms it asks of
 * others are marked apart (not by colour alone), with a key and link names that say which. The citation bar has its
 * own spec, reader-citations.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, openExplorer } from './support/browser';
import { contrast, HIGHLIGHT } from './support/reader';
import { browserSuite } from './support/suite';

const browser = browserSuite();

/**
 * Scrolls the reader well past where it opened, follows a mention far down into the explorer, runs `there` (in
 * the explorer), goes Back, and returns the scroll offsets before leaving and once back.
 */
async function readFollowAndReturn(page: Page, there: () => Promise<void> = async () => {}) {
  const mention = page.locator('.reader-text a.mention').nth(150);
  await mention.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect.poll(() => mention.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(600);
  await page.waitForTimeout(300); // scrolling settles
  const before = await page.evaluate(() => window.scrollY);
  await mention.click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
  await there();
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/document');
  await page.locator('.reader-text').waitFor();
  await page.waitForTimeout(500); // anything that would move the page has done so by now
  return { before, after: await page.evaluate(() => window.scrollY) };
}

describe('document reader', () => {
  it('shows the text with sections, linked mentions and a highlighted commitment anchor', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const view = (await (await fetch(`${baseURL()}/api/documents/iscc-2017`)).json()) as {
      sections: Array<{ id: string; heading: string }>;
      mentions: unknown[];
      commitments: Array<{ id: string; start: number; end: number }>;
      text: string;
    };
    await page.goto(`${baseURL()}/document?id=iscc-2017#iscc-2017-ch4-3-s3`);
    await page
      .getByRole('heading', { level: 1, name: 'International Strategy of Cooperation on Cyberspace' })
      .waitFor();

    // The published original is one click away, for checking the atlas's text against it.
    const original = page.getByRole('link', { name: 'published original' });
    expect(await original.getAttribute('href')).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\//);

    // Every section heading is there, with its id.
    for (const section of view.sections) expect(await page.locator(`[id="${section.id}"]`).count(), section.id).toBe(1);
    // Mentions link to their entity in the explorer.
    const arfLinks = page.locator('.reader-text a.mention[href="/?node=arf"]');
    expect(await arfLinks.count()).toBeGreaterThan(0);
    expect(await page.locator('.reader-text a.mention').count()).toBe(view.mentions.length);
    // Every commitment has its anchor, whose text is the verbatim sentence.
    expect(await page.locator('.reader-text .commitment[id]').count()).toBe(view.commitments.length);
    const target = page.locator('[id="iscc-2017-ch4-3-s3"]');
    const commitment = view.commitments.find((c) => c.id === 'iscc-2017-ch4-3-s3');
    expect(commitment).toBeDefined();
    expect((await target.textContent())?.replace(/[◆◇]$/, '')).toBe(
      view.text.slice(commitment!.start, commitment!.end),
    );
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    // Its ◆ link is named by what it is, where it stands and what it does, not by an id a screen reader would spell out.
    const name = "China's commitment (will), sentence 3 of Chapter IV, section 3: open in the explorer";
    expect(await target.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
    // Another commitment is not highlighted.
    const other = page.locator('[id="iscc-2017-ch4-3-s4"]');
    expect(await other.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(HIGHLIGHT);

    // A mention takes you to the entity in the explorer.
    await arfLinks.first().click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('node') === 'arf');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'ASEAN Regional Forum' })
      .waitFor();
  });

  it("opens its heading outline with the document's title, the section list a named landmark before it", async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document`);
    await page.locator('.reader-text').first().waitFor();
    const outline = await page
      .getByRole('main')
      .locator('h1, h2, h3, h4')
      .evaluateAll((headings) => headings.map((h) => `${h.tagName} ${h.textContent?.trim()}`));
    expect(outline[0]).toBe('H1 International Strategy of Cooperation on Cyberspace');
    expect(outline.some((h) => h.startsWith('H2 Sections'))).toBe(false);
    const sections = page.getByRole('navigation', { name: 'Sections' });
    expect(await sections.getByRole('link').count()).toBe(25);
  });

  it('marks the issuer’s own commitments and the norms asked of others apart, not by colour alone', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const all = (await (await fetch(`${baseURL()}/api/commitments`)).json()) as {
      commitments: Array<{ id: string; kind: string }>;
    };
    const own = all.commitments.filter((c) => c.kind === 'self').length;
    const asked = all.commitments.filter((c) => c.kind === 'others').length;
    expect(own).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
    await page.goto(`${baseURL()}/document?id=iscc-2017`);

    // Each sentence carries its kind; its link's name says which, by the issuer's name, and its glyph differs.
    const links = await page.locator('.reader-text .commitment[id] > a.commitment-link').evaluateAll((all) =>
      all.map((a) => ({
        kind: a.parentElement!.dataset.kind,
        name: a.getAttribute('aria-label') ?? '',
        glyph: a.textContent,
      })),
    );
    expect(links.filter((l) => l.kind === 'self')).toHaveLength(own);
    expect(links.filter((l) => l.kind === 'others')).toHaveLength(asked);
    for (const link of links) {
      if (link.kind === 'self')
        expect(link, link.name).toMatchObject({ glyph: '◆', name: expect.stringMatching(/^China's commitment \(/) });
      else
        expect(link, link.name).toMatchObject({
          glyph: '◇',
          name: expect.stringMatching(/^Norm asked of others( by [^(]+)? \(/),
        });
    }
    // No two links alike: each says where its sentence stands.
    expect(new Set(links.map((l) => l.name)).size).toBe(links.length);
    // The Preface's epigraph is Xi Jinping's, not the issuer's: its norms say so.
    expect(await page.locator('[id="iscc-2017-preface-s2"] > a.commitment-link').getAttribute('aria-label')).toBe(
      'Norm asked of others by Xi Jinping (should), sentence 2 of Preface: open in the explorer',
    );

    // Told apart by the underline's style too (not colour alone), in colours with AA contrast on their tint.
    const look = (id: string) =>
      page.locator(`[id="${id}"]`).evaluate((el) => {
        const style = getComputedStyle(el);
        const link = getComputedStyle(el.querySelector('a.commitment-link')!);
        return { line: style.borderBottomStyle, background: style.backgroundColor, glyph: link.color };
      });
    const self = await look('iscc-2017-ch4-3-s3');
    const norm = await look(all.commitments.find((c) => c.kind === 'others')!.id);
    expect(self.line).toBe('solid');
    expect(norm.line).toBe('dashed');
    for (const { glyph, background } of [self, norm]) {
      expect(contrast(glyph, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(glyph, HIGHLIGHT)).toBeGreaterThanOrEqual(4.5);
    }

    // The key at the head says what the two marks mean, with their counts and samples drawn as the text draws them.
    const key = page.getByRole('list', { name: 'Kinds of commitment' });
    const items = await key.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(
      new RegExp(`^China's own commitments ◆ \\(${own}\\): what the issuer, China, commits to .*solid underline`),
    );
    expect(items[1]).toMatch(new RegExp(`^Norms asked of others ◇ \\(${asked}\\): .*dashed underline`));
    const samples = await key
      .locator('.commitment-sample')
      .evaluateAll((all) => all.map((el) => getComputedStyle(el).borderBottomStyle));
    expect(samples).toEqual(['solid', 'dashed']);
  });

  it('opens a quote from the explorer at its highlighted sentence', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await openExplorer(page, '/?node=arf');
    const details = page.getByRole('complementary', { name: 'Details' });
    const quote = (await details.locator('blockquote').first().textContent()) ?? '';
    await details.getByRole('link', { name: 'Read in context' }).first().click();
    await page.waitForURL((url) => url.pathname === '/document');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(id).not.toBe('');
    const target = page.locator(`[id="${id}"]`);
    await expect
      .poll(() => target.evaluate((el) => el.classList.contains('is-target') || el.matches(':target')))
      .toBe(true);
    expect((await target.textContent())?.replace(/[◆◇]$/, '')).toBe(quote);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
  });

  it('marks a passage by range when asked', async () => {
    const tab = await browser.open();
    const { page } = tab;
    const text = ((await (await fetch(`${baseURL()}/api/documents/iscc-2017`)).json()) as { text: string }).text;
    const start = text.indexOf('Cyberspace is the common space');
    const end = text.indexOf('.', start) + 1;
    await page.goto(`${baseURL()}/document?id=iscc-2017&mark=${start}-${end}#passage`);
    expect(await page.locator('mark#passage').textContent()).toBe(text.slice(start, end));
  });

  it('survives a fragment cut short or naming nothing, and finds one typed in another case', async () => {
    const { page } = await browser.open();
    // A malformed escape made decodeURIComponent throw in an effect: "This page couldn't load".
    for (const hash of ['#%', '#%E0%A4%A', '#nope']) {
      await page.goto(`${baseURL()}/document${hash}`);
      await page
        .getByRole('heading', { level: 1, name: 'International Strategy of Cooperation on Cyberspace' })
        .waitFor();
      await page.waitForTimeout(300); // effects have run
      expect(await page.locator('.is-target').count()).toBe(0);
    }
    await page.goto(`${baseURL()}/document#ISCC-2017-CH4-3-S3`);
    const anchor = page.locator('[id="iscc-2017-ch4-3-s3"]');
    await expect.poll(() => anchor.evaluate((el) => el.classList.contains('is-target'))).toBe(true);
    expect(await anchor.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
  });

  it('says when the passage a link marks is not in the text, and marks nothing', async () => {
    const { page } = await browser.open();
    for (const mark of ['-5-3', '99999999-1', '5-3', 'NaN-NaN', '100-99999999999']) {
      await page.goto(`${baseURL()}/document?mark=${mark}`);
      await page.getByRole('status').getByText('The passage this link marks is not in this text').waitFor();
      expect(await page.locator('mark#passage').count()).toBe(0);
    }
    await page.goto(`${baseURL()}/document?mark=10-20`);
    await page.locator('mark#passage').waitFor();
    expect(await page.getByText('The passage this link marks is not in this text').count()).toBe(0);
  });

  it('returns to where the reader was on Back from the explorer, not to the #anchor it was opened at', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/document?id=iscc-2017#iscc-2017-ch4-3-s3`);
    const anchor = page.locator('[id="iscc-2017-ch4-3-s3"]');
    await expect.poll(() => anchor.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
    const opened = await page.evaluate(() => window.scrollY);
    const { before, after } = await readFollowAndReturn(page);
    expect(before - opened).toBeGreaterThan(1000);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
    // The anchored sentence is still the highlighted one.
    expect(await anchor.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
  });

  it('returns to where the reader was when Back loads it afresh (the explorer was reloaded)', async () => {
    const tab = await browser.open();
    const { page } = tab;
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const { before, after } = await readFollowAndReturn(page, async () => {
      await page.reload();
      await page.waitForSelector('[data-graph-ready="true"]', { timeout: 30_000 });
    });
    expect(before).toBeGreaterThan(1000);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
  });

  it('skips to the content from the keyboard without scrolling into the middle of the text', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document`);
    await page
      .getByRole('heading', { level: 1, name: 'International Strategy of Cooperation on Cyberspace' })
      .waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.waitForTimeout(300); // anything that would scroll has done so
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
  });
});

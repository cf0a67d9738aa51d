/**
 * Dates and names in words
 * ========================
 * The about page and the reader say what a reader would: a document's date and language as a citation gives them
 * (never the stored 2017-03-01 and "en"), and the relationships in words, with their Cypher types beside them (as
 * code) for the console, never as the only name. The commitments are counted by kind: the issuer's own apart from
 * the norms asked of others.
 */
import { describe, expect, it } from 'vitest';
import { baseURL } from './support/browser';
import { commitmentKinds } from './support/kinds';
import { browserSuite } from './support/suite';

const browser = browserSuite();

describe('about', () => {
  it('dates the document and names its language in words, and the relationships in words before their types', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/about`);
    const documents = page
      .getByRole('heading', { level: 2, name: 'Documents' })
      .locator('xpath=following-sibling::ul[1]');
    const line = (await documents.locator('li').first().textContent()) ?? '';
    expect(line).toContain('1 March 2017 (English)');
    expect(line).not.toContain('2017-03-01');

    const terms = await page.locator('dl dt').allTextContents();
    expect(terms).toEqual(['Structure', 'Commitments', 'Mentions', 'Institutional facts']);
    const types = await page.locator('dl dd code').allTextContents();
    expect(types).toEqual(expect.arrayContaining(['HAS_SECTION', 'INVOLVES', 'PART_OF', 'HEAD_OF']));
  });

  it('counts the commitments by kind: the issuer’s own and those asked of others', async () => {
    const { page } = await browser.open();
    const kinds = await commitmentKinds();
    expect(kinds.self + kinds.others).toBe(kinds.total);
    await page.goto(`${baseURL()}/about`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Commitments' }) });
    // Shown on two lines: the total, then the split.
    const count = await row.getByRole('cell').first().innerText();
    expect(count.split('\n')[0]).toBe(String(kinds.total));
    expect(count).toMatch(new RegExp(`\n${kinds.self} by China, ${kinds.others} asked of others$`));
    // Read aloud, the total and the split do not run into one number.
    expect(await row.getByRole('cell').first().textContent()).toBe(
      `${kinds.total}: ${kinds.self} by China, ${kinds.others} asked of others`,
    );
  });

  it('dates the document in the reader’s byline as a citation does', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const byline = (await page.locator('.reader-body header p').first().textContent()) ?? '';
    expect(byline).toContain('1 March 2017');
    expect(byline).not.toContain('2017-03-01');
  });
});

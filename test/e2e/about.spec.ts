/**
 * Dates and names in words
 * ========================
 * The about page and the reader say what a reader would: a document's date and language as a citation gives them
 * (never the stored 2017-03-01 and "en"), and the relationships in words, with their Cypher types beside them (as
 * code) for the console, never as the only name.
 */
import { describe, expect, it } from 'vitest';
import { baseURL } from './support/browser';
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

  it('dates the document in the reader’s byline as a citation does', async () => {
    const { page } = await browser.open();
    await page.goto(`${baseURL()}/document?id=iscc-2017`);
    const byline = (await page.locator('.reader-body header p').first().textContent()) ?? '';
    expect(byline).toContain('1 March 2017');
    expect(byline).not.toContain('2017-03-01');
  });
});

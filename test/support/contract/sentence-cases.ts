/**
 * Store contract: commitments by their sentence's words
 * =====================================================
 * GET /api/commitments?q=: every word (or quoted phrase) must occur in the sentence, case and punctuation aside,
 * on every store alike; the answer keeps document order and combines with the other filters. The 2017 strategy has
 * five sentences with "terrorism" (QA found none of them by name search). Registered by test/support/store-contract.ts.
 */
import { expect, it } from 'vitest';
import { findCommitments } from '@/lib/queries/commitments';
import type { AtlasStore } from '@/lib/store/types';

const TERRORISM = [
  'iscc-2017-ch4-5-s1',
  'iscc-2017-ch4-5-s2',
  'iscc-2017-ch4-5-s6',
  'iscc-2017-ch4-5-s7',
  'iscc-2017-ch4-5-s8',
];

export function sentenceCases(getStore: () => AtlasStore): void {
  it('finds the commitments whose sentence contains a word, whatever its case, in document order', async () => {
    const rows = await getStore().commitments({ q: 'TERRORISM' });
    expect(rows.map((c) => c.id)).toEqual(TERRORISM);
    for (const c of rows) expect(c.text.toLowerCase()).toContain('terrorism');
    // Every sentence that has the word is there: none left out, whatever its label shows.
    const all = await getStore().commitments({});
    expect(all.filter((c) => /terrorism/i.test(c.text)).map((c) => c.id)).toEqual(TERRORISM);
  });

  it('needs every word, anywhere in the sentence; a quoted phrase needs its words together, punctuation aside', async () => {
    const sovereignty = (await getStore().commitments({ q: 'sovereignty cyberspace' })).map((c) => c.id);
    expect(sovereignty).toEqual(['iscc-2017-ch2-s3', 'iscc-2017-ch3-s1', 'iscc-2017-ch3-1-s1', 'iscc-2017-ch3-1-s6']);
    // "sovereignty in cyberspace" as a phrase is in none of them ("sovereignty, security … in cyberspace").
    expect(await getStore().commitments({ q: '"sovereignty in cyberspace"' })).toEqual([]);
    const phrase = await getStore().commitments({ q: '"Internet governance"' });
    expect(phrase).toHaveLength(7);
    for (const c of phrase) expect(c.text).toMatch(/Internet governance/i);
    const words = await getStore().commitments({ q: 'Internet governance' });
    expect(words.length).toBeGreaterThan(phrase.length);
    // A hyphen or an apostrophe is a word break on both sides: "cyber-terrorism" asks for "cyber" and "terrorism".
    expect((await getStore().commitments({ q: 'cyber-terrorism' })).map((c) => c.id)).toEqual(TERRORISM);
    // The text writes "China's" with a straight apostrophe; a typographic one in the query finds it as well.
    expect((await getStore().commitments({ q: '"china’s participation" SOVEREIGNTY' })).map((c) => c.id)).toEqual([
      'iscc-2017-ch3-s1',
    ]);
    // Substring, not whole words: "terror" also finds "terrorist" in the norms asked of others.
    const terror = await getStore().commitments({ q: 'terror' });
    expect(terror.map((c) => c.id)).toEqual(expect.arrayContaining(TERRORISM));
    expect(terror.some((c) => c.kind === 'others')).toBe(true);
  });

  it('combines the text with the other filters, and a text no sentence holds is an empty list', async () => {
    expect((await getStore().commitments({ q: 'terrorism', forum: 'arf' })).map((c) => c.id)).toEqual([
      'iscc-2017-ch4-5-s6',
    ]);
    expect(await getStore().commitments({ q: 'terror', kind: 'others' })).toEqual(
      (await getStore().commitments({ q: 'terror' })).filter((c) => c.kind === 'others'),
    );
    expect(await findCommitments(getStore(), { q: 'no such wordzzz' })).toEqual([]);
    // A modality no sentence with these words has is an empty list; one that no sentence has at all is still a 404.
    expect(await findCommitments(getStore(), { q: 'terrorism', modality: 'opposes' })).toEqual([]);
    await expect(findCommitments(getStore(), { q: 'terrorism', modality: 'bogus' })).rejects.toMatchObject({
      status: 404,
    });
  });
}

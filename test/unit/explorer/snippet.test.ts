/** Sentence snippet: the window around the first hit, every hit marked, punctuation-blind like the match. */
import { describe, expect, it } from 'vitest';
import { sentenceSnippet, type SnippetPart } from '@/lib/explorer/search/snippet';
import { sentenceTerms } from '@/lib/queries/sentence-match';

const marked = (parts: readonly SnippetPart[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

const LONG =
  'Along with other countries, China will explore norms of behavior and concrete measures for international ' +
  'cooperation against cyber terrorism, including discussion on an international convention on combating cyber ' +
  'terrorism and consensus building on fighting cyber crimes and cyber terrorism, to provide the basis for law ' +
  'enforcement cooperation among countries.';

describe('sentenceSnippet', () => {
  it('shows a short sentence whole, with every hit marked', () => {
    expect(marked(sentenceSnippet('China supports the UN Security Council.', sentenceTerms('security UN')))).toBe(
      'China supports the [UN] [Security] Council.',
    );
  });

  it('starts a little before the first hit of a long sentence, at a word, with ellipses where it is cut', () => {
    const parts = sentenceSnippet(LONG, sentenceTerms('terrorism'));
    const text = marked(parts);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('cyber [terrorism], including');
    expect(text).not.toContain('Along with');
    // A whole word at each end, and about the width asked for.
    expect(text).toMatch(/^…cooperation against cyber \[terrorism\]/);
    expect(text).toMatch(/ consensus building…$/);
    expect(
      parts
        .filter((p) => !p.hit || p.text !== '…')
        .map((p) => p.text)
        .join('').length,
    ).toBeLessThanOrEqual(145);
    expect(parts.some((p) => p.hit && p.text === 'terrorism')).toBe(true);
  });

  it('marks a phrase across punctuation in the original characters, and inside words', () => {
    expect(marked(sentenceSnippet('Fight cyber-terrorism now.', sentenceTerms('"cyber terrorism"')))).toBe(
      'Fight [cyber-terrorism] now.',
    );
    expect(marked(sentenceSnippet('Cyberterrorism threats.', sentenceTerms('terror')))).toBe(
      'Cyber[terror]ism threats.',
    );
    // Inside a word only when the term is at no word's start: "terror" marks "terrorists", not "Cyberterrorism".
    expect(marked(sentenceSnippet('Cyberterrorism, terrorists.', sentenceTerms('terror')))).toBe(
      'Cyberterrorism, [terror]ists.',
    );
  });

  it('marks a short word where it stands whole, not at the start of longer words', () => {
    expect(marked(sentenceSnippet('Interests in international cyberspace.', sentenceTerms('in cyberspace')))).toBe(
      'Interests [in] international [cyberspace].',
    );
  });

  it('centres on the longest term, not on a short word that comes earlier', () => {
    const text = marked(sentenceSnippet(LONG, sentenceTerms('on terrorism')));
    expect(text).toMatch(/^…cooperation against cyber \[terrorism\]/);
  });

  it('gives the sentence’s start when nothing is found', () => {
    expect(marked(sentenceSnippet('Short sentence.', sentenceTerms('absent')))).toBe('Short sentence.');
    expect(marked(sentenceSnippet(LONG, [])).startsWith('Along with other countries')).toBe(true);
  });
});

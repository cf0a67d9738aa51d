/** Sentence matching: folding, the query's terms, the all-terms test, and the Cypher pattern agreeing with it. */
import { describe, expect, it } from 'vitest';
import { containsAllTerms, foldText, sentenceMatches, sentenceTerms, termPattern } from '@/lib/queries/sentence-match';

describe('foldText', () => {
  it('lower-cases and turns every run of punctuation or spacing into one space', () => {
    expect(foldText('  Cyber-terrorism, and  China’s   "Internet Plus"!  ')).toBe(
      'cyber terrorism and china s internet plus',
    );
    expect(foldText('Über 中国 № 3')).toBe('über 中国 3');
  });
});

describe('sentenceTerms', () => {
  it('splits words, keeps quoted phrases whole, drops duplicates and puts the longest first', () => {
    expect(sentenceTerms('Internet governance')).toEqual(['governance', 'internet']);
    expect(sentenceTerms('"sovereignty in  cyberspace" UN un')).toEqual(['sovereignty in cyberspace', 'un']);
    expect(sentenceTerms('“Internet Plus” China')).toEqual(['internet plus', 'china']);
    // An unclosed quote runs to the end rather than being lost.
    expect(sentenceTerms('ARF "regional security')).toEqual(['regional security', 'arf']);
  });

  it('reads full-width letters, ligatures and decomposed accents as the plain forms (NFKC)', () => {
    expect(sentenceTerms('ｃｙｂｅｒ')).toEqual(['cyber']);
    expect(sentenceTerms('ﬁght')).toEqual(['fight']);
    expect(sentenceTerms('re\u0301sume\u0301')).toEqual(['résumé']);
  });

  it('is empty for a query without a letter or digit', () => {
    expect(sentenceTerms('')).toEqual([]);
    expect(sentenceTerms(' ?! "" -- ')).toEqual([]);
    // Marks are kept inside words (é written e + U+0301), but marks alone are not a letter: a stray accent or the
    // variation selector of "❤️" asked for nothing, and GET /api/commitments must refuse it (400), not answer [].
    expect(sentenceTerms('\u0301')).toEqual([]);
    expect(sentenceTerms('❤️ "\u0301"')).toEqual([]);
    // (Read composed, as the text is: the document's accents are NFC.)
    expect(sentenceTerms('cafe\u0301 \uFE0F')).toEqual(['caf\u00e9']);
  });
});

describe('containsAllTerms and sentenceMatches', () => {
  const sentence =
    'China will step up policy exchange and law enforcement cooperation with other countries on cyber crimes and cyber terrorism.';

  it('needs every term, as a substring of the folded sentence', () => {
    expect(sentenceMatches(sentence, 'TERRORISM')).toBe(true);
    expect(sentenceMatches(sentence, 'terrorism china')).toBe(true);
    expect(sentenceMatches(sentence, 'terrorism sovereignty')).toBe(false);
    // Inside a word counts (recall first): "terror", "operation" in "cooperation".
    expect(sentenceMatches(sentence, 'terror operation')).toBe(true);
  });

  it('matches a phrase across punctuation but not across words', () => {
    expect(sentenceMatches(sentence, '"cyber-crimes"')).toBe(true);
    expect(sentenceMatches(sentence, '"cyber crimes and cyber terrorism"')).toBe(true);
    expect(sentenceMatches(sentence, '"crimes cyber"')).toBe(false);
  });

  it('matches nothing when nothing was asked', () => {
    expect(containsAllTerms(foldText(sentence), [])).toBe(false);
    expect(sentenceMatches(sentence, '...')).toBe(false);
  });
});

describe('termPattern', () => {
  // Cypher's =~ is a Java regex over the whole, unlowered text; JavaScript's `u` flag reads \p{…} the same way.
  const cypherMatches = (text: string, query: string) => {
    const terms = sentenceTerms(query);
    return (
      terms.length > 0 &&
      terms.every((term) => new RegExp(`^${termPattern(term).replace('(?s)', '')}$`, 'su').test(text))
    );
  };

  it.each([
    ['China supports the UN Security Council.', 'security council'],
    ['China supports the UN Security Council.', '"UN security-council"'],
    ['China supports the UN Security Council.', '"council security"'],
    ['… cyber crimes\nand cyber terrorism', '"crimes and cyber"'],
    ['The country’s sovereignty, security and interests', '"country s sovereignty"'],
    ['The country’s sovereignty, security and interests', '"sovereignty in cyberspace"'],
    ['Über 中国', 'über 中国'],
    ['INTERNET GOVERNANCE', 'internet'],
    ['Straße', 'STRASSE'],
    ['INTERNET', 'ınternet'],
    ['Internet', 'İnternet'],
    ['The \u212Aelvin sign', 'kelvin'],
    ['ΟΔΟΣ ΚΑΙ', 'οδος'],
  ])('agrees with the folded substring test: %s / %s', (text, query) => {
    expect(cypherMatches(text, query)).toBe(sentenceMatches(text, query));
  });

  it('has no room for injection: a term is letters, digits and single spaces only', () => {
    for (const term of sentenceTerms('a.*b (?i) \\E [x] "c|d"')) expect(term).toMatch(/^[\p{L}\p{M}\p{N} ]+$/u);
    expect(termPattern('g20 un')).toBe('(?s).*[gG]20[^\\p{L}\\p{M}\\p{N}]+[uU][nN].*');
  });

  it('spells case out in the pattern, never through Cypher toLower (locale-dependent in Java) or (?i)', () => {
    // A JVM in a Turkish locale lower-cases "I" to dotless "ı"; (?iu) would equate "ı" with "i" and "I".
    expect(termPattern('internet')).toBe('(?s).*[iI][nN][tT][eE][rR][nN][eE][tT].*');
    expect(termPattern('ı')).toBe('(?s).*ı.*');
    expect(termPattern('k')).toBe('(?s).*[kK\u212A].*');
  });
});

/** Citation text (lib/graph/citation.ts). */
import { describe, expect, it } from 'vitest';
import { citationDate, formatCitation, formatReference, languageName } from '@/lib/graph/citation';

const document = {
  title: 'International Strategy of Cooperation on Cyberspace',
  issuer: "Ministry of Foreign Affairs of the People's Republic of China",
  date: '2017-03-01',
  url: 'https://www.fmprc.gov.cn/example.html',
};

describe('citations', () => {
  it('quotes the sentence verbatim with issuer, title, date, section path and address', () => {
    expect(
      formatCitation(document, {
        quote: 'China will promote practical cyber security cooperation among member states of SCO and BRICS.',
        sectionPath: ['Chapter IV. Plan of Action', '3. Partnership in Cyberspace'],
      }),
    ).toBe(
      '“China will promote practical cyber security cooperation among member states of SCO and BRICS.” ' +
        "Ministry of Foreign Affairs of the People's Republic of China, International Strategy of Cooperation on " +
        'Cyberspace, 1 March 2017, Chapter IV. Plan of Action, 3. Partnership in Cyberspace. https://www.fmprc.gov.cn/example.html',
    );
  });

  it('leaves out what the document does not give', () => {
    const { url: _url, ...unpublished } = document;
    expect(formatCitation(unpublished, { quote: ' Quote. ', sectionPath: [] })).toBe(
      "“Quote.” Ministry of Foreign Affairs of the People's Republic of China, International Strategy of Cooperation on Cyberspace, 1 March 2017.",
    );
  });

  it('cites a whole section as the same line without a quote', () => {
    const path = ['Chapter IV. Plan of Action', '3. Partnership in Cyberspace'];
    const reference = formatReference(document, path);
    expect(reference).toBe(
      "Ministry of Foreign Affairs of the People's Republic of China, International Strategy of Cooperation on " +
        'Cyberspace, 1 March 2017, Chapter IV. Plan of Action, 3. Partnership in Cyberspace. https://www.fmprc.gov.cn/example.html',
    );
    expect(formatCitation(document, { quote: 'Q.', sectionPath: path })).toBe(`“Q.” ${reference}`);
  });

  it('writes dates day month year, and keeps a date it cannot read as given', () => {
    expect(citationDate('2017-03-01')).toBe('1 March 2017');
    expect(citationDate('2024-12-31')).toBe('31 December 2024');
    // Languages as a reader names them; a code Intl cannot read stays as the document gives it.
    expect(languageName('en')).toBe('English');
    expect(languageName('zh')).toBe('Chinese');
    expect(languageName('not a tag')).toBe('not a tag');
    expect(citationDate('2017-13-01')).toBe('2017-13-01');
    expect(citationDate('March 2017')).toBe('March 2017');
  });
});

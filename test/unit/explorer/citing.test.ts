/** Citing a passage the reader shows (lib/explorer/document/citing.ts). */
import { describe, expect, it } from 'vitest';
import { citePassage, selectionQuote, type ReaderCitationContext } from '@/lib/explorer/document/citing';

const context: ReaderCitationContext = {
  document: { title: 'A Strategy', issuer: 'A Ministry', date: '2020-02-03', url: 'https://example.org/s' },
  sectionPaths: { 'doc-ch1': ['Chapter I. Aims'], 'doc-ch1-2': ['Chapter I. Aims', '2. Forums'] },
};

describe('reader citations', () => {
  it("cites a passage with the section's path from the chapter down", () => {
    expect(
      citePassage(context, { quote: 'Cyber crimes are spreading.', sectionId: 'doc-ch1-2', kind: 'sentence' }),
    ).toBe(
      '“Cyber crimes are spreading.” A Ministry, A Strategy, 3 February 2020, Chapter I. Aims, 2. Forums. https://example.org/s',
    );
  });

  it('makes a selection across paragraphs one line, and keeps a linked sentence as the graph holds it', () => {
    expect(selectionQuote('  the end of one.\n\nThe start of  another ')).toBe('the end of one. The start of another');
    const selected = citePassage(context, {
      quote: 'one.\n\n2. Forums\nTwo',
      sectionId: 'doc-ch1',
      kind: 'selection',
    });
    expect(selected).toMatch(/^“one\. 2\. Forums Two” A Ministry/);
    const linked = citePassage(context, { quote: ' A  sentence. ', sectionId: 'doc-ch1', kind: 'sentence' });
    expect(linked).toMatch(/^“A {2}sentence\.” /);
  });

  it('cites a passage before the first heading, or in a section it does not know, without a section', () => {
    const cited = citePassage(context, { quote: 'Preamble.', sectionId: null, kind: 'selection' });
    expect(cited).toBe('“Preamble.” A Ministry, A Strategy, 3 February 2020. https://example.org/s');
    expect(citePassage(context, { quote: 'X.', sectionId: 'gone', kind: 'sentence' })).toMatch(/2020\. https/);
  });

  it('cites a linked paragraph verbatim, like a linked sentence', () => {
    const paragraph = 'Cyber crimes are spreading.\nCountries should act.';
    expect(citePassage(context, { quote: `${paragraph}\n`, sectionId: 'doc-ch1-2', kind: 'paragraph' })).toBe(
      `“${paragraph}” A Ministry, A Strategy, 3 February 2020, Chapter I. Aims, 2. Forums. https://example.org/s`,
    );
  });

  it('cites a whole section by where it stands, without a quote', () => {
    expect(citePassage(context, { quote: '', sectionId: 'doc-ch1-2', kind: 'section' })).toBe(
      'A Ministry, A Strategy, 3 February 2020, Chapter I. Aims, 2. Forums. https://example.org/s',
    );
    // A section the page does not know cannot be cited by its place.
    expect(citePassage(context, { quote: '', sectionId: 'gone', kind: 'section' })).toBeUndefined();
    expect(citePassage(context, { quote: 'Heading', sectionId: null, kind: 'section' })).toBeUndefined();
  });

  it('has nothing to cite for an empty or blank selection', () => {
    expect(citePassage(context, { quote: ' \n\t ', sectionId: 'doc-ch1', kind: 'selection' })).toBeUndefined();
    expect(citePassage(context, { quote: '', sectionId: null, kind: 'sentence' })).toBeUndefined();
  });
});

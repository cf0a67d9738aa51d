/**
 * Inline Markdown (lib/ingest/markup.ts): the rules read a sentence's words, not its emphasis marks, link addresses,
 * backticks, block-quote markers or footnote references; offsets still index the text as written.
 */
import { describe, expect, it } from 'vitest';
import { blankMarkup, markupRanges, plainText } from '@/lib/ingest/markup';

describe('blankMarkup', () => {
  it('blanks a link address and title, keeping the label and every offset', () => {
    const text = 'the [Nordvia Centre](https://nordvia.example/nccs "Nordvia Centre") and <https://nordvia.example>.';
    const blanked = blankMarkup(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/nordvia/);
    expect(blanked.indexOf('Nordvia Centre')).toBe(text.indexOf('Nordvia Centre'));
  });

  it('blanks a bare address, emphasis marks, backticks, block-quote markers and footnote references', () => {
    expect(blankMarkup('see https://eu.example/nordvia.')).toBe('see                           .');
    expect(blankMarkup('**We will** act, _then_ `this`.[^1]')).toBe('  We will   act,  then   this .    ');
    expect(blankMarkup('> We will\n> act.')).toBe('  We will\n  act.');
    expect(blankMarkup('[^note]: A footnote.')).toBe('         A footnote.');
  });

  it('leaves a list marker, a product and an underscore inside a word alone', () => {
    for (const text of ['* item', '- item', '2 * 3', 'snake_case', 'e.g. this', 'St. Petersburg']) {
      expect(markupRanges(text), text).toEqual([]);
    }
  });
});

describe('plainText', () => {
  it('removes the syntax, and maps offsets in the plain text back to the text', () => {
    const text = '**We will** expand the *CyberFirst* programme.';
    const { plain, startIn, endIn } = plainText(text);
    expect(plain).toBe('We will expand the CyberFirst programme.');
    expect(text.slice(startIn(0), endIn(2))).toBe('We');
    const at = plain.indexOf('CyberFirst');
    expect(text.slice(startIn(at), endIn(at + 'CyberFirst'.length))).toBe('CyberFirst');
  });
});

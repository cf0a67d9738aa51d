import { describe, expect, it } from 'vitest';
import { snapToWords } from '@/lib/explorer/document/words';

/** Splits `text` at the two «» marks into what a selection between them would give. */
function parts(marked: string) {
  const [before = '', rest = ''] = marked.split('«');
  const [selected = '', after = ''] = rest.split('»');
  return { before, selected, after };
}

describe('snapToWords', () => {
  it('extends a selection cut inside a word at either edge to the whole word', () => {
    expect(snapToWords(parts('manage c«ritical Internet resources and instit»utions. Then'))).toBe(
      'critical Internet resources and institutions',
    );
  });

  it('leaves edges that fall between words where they are', () => {
    expect(snapToWords(parts('manage «critical Internet» resources'))).toBe('critical Internet');
    // A space or punctuation at an edge is not part of a word.
    expect(snapToWords(parts('manage« critical Internet »resources'))).toBe(' critical Internet ');
    expect(snapToWords(parts('resources«. Then» it'))).toBe('. Then');
  });

  it('makes a selection inside one word that word', () => {
    expect(snapToWords(parts('the insti«tut»ions of'))).toBe('institutions');
  });

  it('keeps an apostrophe word whole and a hyphenated one to the part selected', () => {
    expect(snapToWords(parts("Chi«na's» role"))).toBe("China's");
    expect(snapToWords(parts('a rule-ba«sed» order'))).toBe('based');
  });

  it('stops at the block: nothing before or after to take', () => {
    expect(snapToWords(parts('«Cyber crimes»'))).toBe('Cyber crimes');
    expect(snapToWords({ before: '', selected: 'yber', after: '' })).toBe('yber');
  });

  it('extends numbers and words in other scripts by their own rules', () => {
    expect(snapToWords(parts('in 20«1»7, the'))).toBe('2017');
    // German: one long compound is one word.
    expect(snapToWords(parts('die Netz«werk»sicherheit ist'), 'de')).toBe('Netzwerksicherheit');
  });

  it('does not take a whole Chinese clause for a word', () => {
    expect(snapToWords(parts('中国愿与各«国»一道推动网络空间国际合作'), 'zh-Hans')).toBe('各国');
  });

  it('returns an empty selection as it is', () => {
    expect(snapToWords({ before: 'abc', selected: '', after: 'def' })).toBe('');
  });

  it('looks only near each edge, so a word far from it never moves it', () => {
    const long = 'word '.repeat(5000);
    expect(snapToWords({ before: 'Cy', selected: `ber ${long}cri`, after: 'mes.' })).toBe(`Cyber ${long}crimes`);
  });
});

/** The name trie: leftmost-first by rank, whole words, whitespace runs, the engine's case folding. */
import { describe, expect, it } from 'vitest';
import { createNameTrie } from '@/lib/ingest/name-trie';

const spans = (names: string[], text: string, foldCase = false, start?: number, end?: number) =>
  createNameTrie(names, foldCase)
    .scan(text, start, end)
    .map((m) => `${names[m.rank]}@${text.slice(m.start, m.end)}`);

describe('createNameTrie', () => {
  it('takes, at a word start, the best-ranked name that ends at a word end, and goes on after it', () => {
    expect(spans(['UN Charter', 'UNGGE', 'UN'], 'UN Charter, UNGGE, UN, UNx, xUN')).toEqual([
      'UN Charter@UN Charter',
      'UNGGE@UNGGE',
      'UN@UN',
    ]);
    // Rank, not length, decides (the caller ranks longest first): here the shorter name is preferred.
    expect(spans(['UN', 'UN Charter'], 'the UN Charter')).toEqual(['UN@UN']);
    // A longer name that does not end at a word end gives way to a shorter one that does.
    expect(spans(['UN Charters', 'UN'], 'UN Chartersx')).toEqual(['UN@UN']);
  });

  it('matches a space in a name to any whitespace run, and only to whitespace', () => {
    expect(spans(['United Nations'], 'United \n\t Nations, United\u00a0Nations, United-Nations')).toEqual([
      'United Nations@United \n\t Nations',
      'United Nations@United\u00a0Nations',
    ]);
  });

  it('reads word bounds by code point: an astral letter or a digit beside a name is part of the word', () => {
    expect(spans(['ARF'], '𝐀ARF ARF𝐀 ARF٣ ²ARF (ARF) ARF🙂')).toEqual(['ARF@ARF', 'ARF@ARF']);
  });

  it('takes a name only where no letter or digit touches it, even one that ends in punctuation', () => {
    expect(spans(['C++', '(ISC)²'], 'C++, xC++ C++y (ISC)² (ISC)²3')).toEqual(['C++@C++', '(ISC)²@(ISC)²']);
  });

  it("folds case with the engine's own verdicts (the Kelvin sign is a k, a long s an s), only when asked", () => {
    expect(spans(['kiss'], 'KISS \u212aiſſ', true)).toEqual(['kiss@KISS', 'kiss@\u212aiſſ']);
    expect(spans(['kiss'], 'KISS kiss', false)).toEqual(['kiss@kiss']);
  });

  it('reads a slice as a text of its own: its ends are word bounds', () => {
    expect(spans(['UN'], 'xUNx', false, 1, 3)).toEqual(['UN@UN']);
    expect(spans(['UN'], 'UN UN', false, 1)).toEqual(['UN@UN']);
  });

  it('finds nothing with no names, and never an empty name', () => {
    expect(spans([], 'anything')).toEqual([]);
    expect(spans([''], 'anything')).toEqual([]);
  });
});

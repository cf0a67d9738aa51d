/** Search box logic: arrow-key movement, what Enter selects, alias hints and the small cache. */
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@/lib/explorer/api/client';
import {
  enterTarget,
  matchedAlias,
  moveActive,
  normaliseQuery,
  optionIds,
  resultsSummary,
  SearchCache,
  searchOptions,
} from '@/lib/explorer/search/search';
import type { SentenceHit } from '@/lib/explorer/search/sentences';

const arf: SearchResult = {
  id: 'arf',
  label: 'ASEAN Regional Forum',
  type: 'forum',
  aliases: ['ARF', 'ASEAN Regional Forum'],
};
const asean: SearchResult = {
  id: 'asean',
  label: 'Association of Southeast Asian Nations',
  type: 'organization',
  aliases: ['ASEAN'],
};

describe('search logic', () => {
  it('moves the active option with wrap-around', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });

  const sentence = (id: string): SentenceHit => ({ id, label: id, snippet: [{ text: id, hit: true }] });

  it('lists names first, then sentences, then how many sentences are left', () => {
    const options = searchOptions([arf, asean], { total: 5, hits: [sentence('s1'), sentence('s2')] });
    expect(options.map((o) => (o.kind === 'more-sentences' ? `more:${o.count}` : `${o.kind}:${o.id}`))).toEqual([
      'name:arf',
      'name:asean',
      'sentence:s1',
      'sentence:s2',
      'more:3',
    ]);
    expect(optionIds(options)).toEqual(['arf', 'asean', 's1', 's2']);
    expect(searchOptions([], { total: 1, hits: [sentence('s1')] }).map((o) => o.kind)).toEqual(['sentence']);
  });

  it('sums the settled list up for a screen reader: names, sentences and the rest left for the table', () => {
    expect(resultsSummary(searchOptions([arf, asean], { total: 5, hits: [sentence('s1'), sentence('s2')] }))).toBe(
      '2 names and 2 sentences, 3 more in the table: arrow keys to choose',
    );
    expect(resultsSummary(searchOptions([arf], { total: 0, hits: [] }))).toBe('1 name: arrow keys to choose');
    expect(resultsSummary(searchOptions([], { total: 1, hits: [sentence('s1')] }))).toBe(
      '1 sentence: arrow keys to choose',
    );
    expect(resultsSummary([])).toBe('No match');
  });

  it('lists a commitment found by its label and by its sentence once, as the sentence', () => {
    const byLabel = { id: 's1', label: 'China will…', type: 'commitment', aliases: [] } as typeof arf;
    const options = searchOptions([arf, byLabel], { total: 1, hits: [sentence('s1')] });
    expect(options.map((o) => (o.kind === 'more-sentences' ? 'more' : `${o.kind}:${o.id}`))).toEqual([
      'name:arf',
      'sentence:s1',
    ]);
  });

  it('selects the active option on Enter, else the best name, else the best sentence', () => {
    const both = searchOptions([arf, asean], { total: 9, hits: [sentence('s1')] });
    expect(enterTarget(both, 1)).toMatchObject({ kind: 'name', id: 'asean' });
    expect(enterTarget(both, 2)).toMatchObject({ kind: 'sentence', id: 's1' });
    expect(enterTarget(both, 3)).toMatchObject({ kind: 'more-sentences', count: 8 });
    expect(enterTarget(both, -1)).toMatchObject({ kind: 'name', id: 'arf' });
    const sentencesOnly = searchOptions([], { total: 9, hits: [sentence('s1')] });
    expect(enterTarget(sentencesOnly, -1)).toMatchObject({ kind: 'sentence', id: 's1' });
    expect(enterTarget([], -1)).toBeUndefined();
    expect(enterTarget([{ kind: 'more-sentences', count: 2 }], -1)).toBeUndefined();
  });

  it('names the alias that matched when the label does not contain the query', () => {
    expect(matchedAlias({ ...arf, aliases: ['ARF'], label: 'Regional Forum of ASEAN' }, 'arf')).toBe('ARF');
    expect(matchedAlias(arf, 'regional')).toBeUndefined();
  });

  it('names the alias when the label has the query only inside a word ("un" in "Council")', () => {
    const hrc = {
      id: 'hrc',
      label: 'Human Rights Council',
      type: 'organization' as const,
      aliases: ['HRC', 'UN Human Rights Council'],
    };
    expect(matchedAlias(hrc, 'UN')).toBe('UN Human Rights Council');
    const un = { id: 'un', label: 'United Nations', type: 'organization' as const, aliases: ['UN', 'United Nations'] };
    expect(matchedAlias(un, 'UN')).toBeUndefined();
  });

  it('normalises whitespace and caches case-insensitively with a bound', () => {
    expect(normaliseQuery('  ASEAN   Regional ')).toBe('ASEAN Regional');
    const cache = new SearchCache(2);
    cache.set('ARF', [arf]);
    expect(cache.get(' arf ')).toEqual([arf]);
    cache.set('b', []);
    cache.set('c', []);
    expect(cache.get('arf')).toBeUndefined();
    expect(cache.get('c')).toEqual([]);
  });
});

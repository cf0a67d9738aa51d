/** Search box logic: arrow-key movement, what Enter selects, alias hints and the small cache. */
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@/lib/explorer/api/client';
import { enterTarget, matchedAlias, moveActive, normaliseQuery, SearchCache } from '@/lib/explorer/search/search';

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

  it('selects the active option on Enter, else the best match', () => {
    expect(enterTarget([arf, asean], 1)).toBe(asean);
    expect(enterTarget([arf, asean], -1)).toBe(arf);
    expect(enterTarget([], -1)).toBeUndefined();
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

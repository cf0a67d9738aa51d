/** Search ranking shared by both stores. */
import { describe, expect, it } from 'vitest';
import { rankSearch } from '@/lib/queries/search';
import type { SearchResult } from '@/lib/store/types';

const candidates: SearchResult[] = [
  { id: 'un', label: 'United Nations', type: 'organization', aliases: ['UN', 'United Nations'] },
  { id: 'ungge', label: 'UN Group of Governmental Experts', type: 'process', aliases: ['UNGGE'] },
  { id: 'c1', label: 'China supports the UN…', type: 'commitment', aliases: [] },
  { id: 'fun', label: 'Fundamental things', type: 'forum', aliases: [] },
];

describe('rankSearch', () => {
  it('ranks exact, then prefix, then word start, then substring', () => {
    expect(rankSearch('un', candidates, 10).map((c) => c.id)).toEqual(['un', 'ungge', 'c1', 'fun']);
  });

  it('honours the limit and matches nothing for blank queries', () => {
    expect(rankSearch('un', candidates, 1)).toHaveLength(1);
    expect(rankSearch('   ', candidates, 10)).toEqual([]);
  });

  it('treats regex characters literally', () => {
    expect(rankSearch('(.*)', candidates, 10)).toEqual([]);
  });
});

/** Search ranking shared by both stores. */
import { describe, expect, it } from 'vitest';
import { rankSearch, searchPattern } from '@/lib/queries/search';
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

describe('searchPattern', () => {
  // Cypher's =~ is a Java regex over the whole name; JavaScript reads \x{…} as \u{…} with the `u` flag.
  const matches = (name: string, query: string) =>
    new RegExp(`^${searchPattern(query).replace('(?siu)', '').replaceAll('\\x{', '\\u{')}$`, 'siu').test(name);

  it('holds every name that contains the query, case aside, without Cypher toLower (locale-dependent in Java)', () => {
    expect(searchPattern('Internet')).toBe('(?siu).*internet.*');
    expect(matches('Internet Governance Forum', 'INTERNET')).toBe(true);
    expect(matches('ASEAN Regional Forum', 'regional f')).toBe(true);
    expect(matches('ASEAN Regional Forum', 'asean forum')).toBe(false);
  });

  it('reads no query as a pattern', () => {
    const middle = searchPattern('a.*b (?i) \\E [x] c|d').slice('(?siu).*'.length, -'.*'.length);
    expect(middle).toMatch(/^(?:[\p{L}\p{N}]|\\x\{[0-9a-f]+\})+$/u);
    expect(matches('a.*b', 'a.*b')).toBe(true);
    expect(matches('axxb', 'a.*b')).toBe(false);
    expect(matches('G20 (Group of Twenty)', '(group')).toBe(true);
  });
});

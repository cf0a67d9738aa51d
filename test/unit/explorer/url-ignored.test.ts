/** What a hand-edited, cut or foreign explorer link asked for that the explorer ignored, in words. */
import { describe, expect, it } from 'vitest';
import { ignoredInLink } from '@/lib/explorer/url/ignored';

describe('ignoredInLink', () => {
  it('is empty for links the explorer reads in full, whatever the case or spacing of ids', () => {
    for (const search of [
      '',
      '?node=arf',
      '?node=ARF',
      '?node=%20arf%20',
      '?node=nope',
      '?view=table&filter=x&show=self&doc=ISCC-2017',
      '?highlight=arf,SCO,arf',
      '?types=forum,organization',
      '?q=terrorism',
      '?node=',
    ])
      expect(ignoredInLink(search), search).toEqual([]);
  });
  it('names a node that is not an id, quoted short', () => {
    expect(ignoredInLink('?node=%22%3E%3Cscript%3E')).toEqual(['node ""><script>", which is not a node id']);
    const [said] = ignoredInLink(`?node=${'é'.repeat(10_000)}`);
    expect(said).toHaveLength('node "…", which is not a node id'.length + 40);
  });
  it('names repeated, unknown and table-only parameters', () => {
    expect(ignoredInLink('?node=arf&node=sco&foo=1')).toEqual([
      'all but the first node=',
      'the unknown parameter "foo"',
    ]);
    expect(ignoredInLink('?doc=iscc-2017&show=self')).toEqual(['show=, doc= (for the table view only)']);
  });
  it('names unknown types and views, an edge beside a node, a bad show or doc', () => {
    expect(ignoredInLink('?types=forum,forums,nope')).toEqual(['the unknown types "forums", "nope"']);
    expect(ignoredInLink('?view=TABLE')).toEqual(['view "TABLE"']);
    expect(ignoredInLink('?node=arf&edge=PART_OF:arf->asean')).toEqual(['the edge (a node is selected)']);
    expect(ignoredInLink('?view=table&show=nope&doc=%25')).toEqual([
      'show "nope"',
      'doc "%", which is not a document id',
    ]);
  });
  it('counts highlighted ids dropped as garbled or past the limit', () => {
    expect(ignoredInLink('?highlight=arf,PART_OF:arf->asean,%3Cb%3E')).toEqual([
      '2 of the 3 highlighted ids (not node ids)',
    ]);
    const many = Array.from({ length: 5000 }, (_, i) => `n${i}`).join(',');
    expect(ignoredInLink(`?highlight=${many}`)).toEqual([
      '4700 of the 5000 highlighted ids (a link highlights at most 300)',
    ]);
  });
  it('says when the search text was cut', () => {
    expect(ignoredInLink(`?q=${'x'.repeat(10_000)}`)).toEqual(['the search text past 200 characters']);
  });
});

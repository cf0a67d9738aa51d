/** Which columns each query's table on /query leaves out: narrower views, the API's columns untouched. */
import { describe, expect, it } from 'vitest';
import { viewOptions } from '@/lib/queries/result-columns';
import { COLUMNS } from '@/lib/queries/named/commitments-by-modality';

describe('viewOptions', () => {
  it('trims commitments-by-modality to what an analyst reads, from columns the query has', () => {
    const options = viewOptions('commitments-by-modality');
    for (const column of [...options.hidden, ...Object.values(options.labels)]) expect(COLUMNS).toContain(column);
    expect(COLUMNS.filter((c) => !options.hidden.includes(c))).toEqual([
      'commitment',
      'kind',
      'subject',
      'under',
      'modalities',
    ]);
  });

  it('leaves other queries, and names that are not queries, as they are', () => {
    expect(viewOptions('actions-for-forum')).toEqual({ hidden: [], labels: {} });
    expect(viewOptions('constructor')).toEqual({ hidden: [], labels: {} });
  });
});

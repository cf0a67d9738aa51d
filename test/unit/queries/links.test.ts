/** actions-for-forum and forums-for-action: the acceptance answers on the real graph, exact answers on a made-up one. */
import { describe, expect, it } from 'vitest';
import { runNamedQueryInMemory } from '@/lib/queries/registry';
import { realGraph } from '../../support/data';
import { planOfAction } from './tiny-graph';

const column = (columns: string[], name: string) => columns.indexOf(name);

describe('actions-for-forum on the 2017 strategy', () => {
  const labels = (forum: string) => {
    const result = runNamedQueryInMemory(realGraph(), 'actions-for-forum', { forum });
    return result.rows.map((row) => [row[column(result.columns, 'label')], row[column(result.columns, 'commitments')]]);
  };

  it('ARF: Partnership in Cyberspace, then International Cooperation on Cyber Terrorism and Cyber Crimes', () => {
    expect(labels('arf')).toEqual([
      ['Partnership in Cyberspace', 2],
      ['International Cooperation on Cyber Terrorism and Cyber Crimes', 1],
    ]);
  });

  it('SCO: Rule-based Order in Cyberspace and Partnership in Cyberspace, both with commitments', () => {
    expect(labels('sco')).toEqual([
      ['Rule-based Order in Cyberspace', 2],
      ['Partnership in Cyberspace', 1],
    ]);
  });

  it('names the commitments and the subgraph to highlight', () => {
    const result = runNamedQueryInMemory(realGraph(), 'actions-for-forum', { forum: 'ARF' });
    expect(result.columns).toEqual([
      'action',
      'label',
      'commitments',
      'commitmentIds',
      'mentions',
      'curatedCommitmentIds',
    ]);
    expect(result.rows[0]).toEqual([
      'action-partnership-in-cyberspace',
      'Partnership in Cyberspace',
      2,
      ['iscc-2017-ch4-3-s3', 'iscc-2017-ch4-3-s4'],
      2,
      [],
    ]);
    expect(result.nodes).toContain('arf');
    expect(result.edges).toContain('INVOLVES:iscc-2017-ch4-3-s3->arf');
    expect(result.edges).toContain('UNDER:iscc-2017-ch4-3-s3->action-partnership-in-cyberspace');
  });

  it('404s an id that is not a forum, organisation or process', () => {
    expect(() => runNamedQueryInMemory(realGraph(), 'actions-for-forum', { forum: 'china' })).toThrow(
      /"china" is a state/,
    );
    expect(() => runNamedQueryInMemory(realGraph(), 'actions-for-forum', { forum: 'un-charter' })).toThrow(
      /"un-charter" is an instrument/,
    );
    expect(() => runNamedQueryInMemory(realGraph(), 'actions-for-forum', { forum: 'atlantis' })).toThrow(
      expect.objectContaining({ status: 404, message: 'actions-for-forum: unknown forum "atlantis"' }),
    );
  });
});

describe('actions-for-forum on a made-up plan of action', () => {
  it('ranks by commitments, then mentions, then document order, and keeps mention-only items last', () => {
    const result = runNamedQueryInMemory(planOfAction(), 'actions-for-forum', { forum: 'fx' });
    expect(result.rows).toEqual([
      ['p2', 'P2', 2, ['c3', 'c2'], 0, []],
      ['p1', 'P1', 1, ['c1'], 1, []],
      // fx is only named in s3a, a subsection of the section defining p3: counted for p3.
      ['p3', 'P3', 0, [], 3, []],
    ]);
    expect(result.nodes).toEqual(['c1', 'c2', 'c3', 'fx', 'p1', 'p2', 'p3']);
    expect(result.edges).toEqual([
      'INVOLVES:c1->fx',
      'INVOLVES:c2->fx',
      'INVOLVES:c3->fx',
      'UNDER:c1->p1',
      'UNDER:c2->p2',
      'UNDER:c3->p2',
    ]);
  });
});

describe('forums-for-action', () => {
  it('lists the forums of a plan-of-action item: commitments first, then mention-only, never states', () => {
    expect(runNamedQueryInMemory(planOfAction(), 'forums-for-action', { action: 'p2' }).rows).toEqual([
      ['fx', 'FX', 'forum', 2, ['c3', 'c2'], 0, []],
      ['fy', 'FY', 'organization', 1, ['c3'], 0, []],
    ]);
    expect(runNamedQueryInMemory(planOfAction(), 'forums-for-action', { action: 'p3' }).rows).toEqual([
      // Mention-only: more mentions first (FY is named 4 times in s3, FX 3 times in s3a), not name order.
      ['fy', 'FY', 'organization', 0, [], 4, []],
      ['fx', 'FX', 'forum', 0, [], 3, []],
    ]);
  });

  it('finds ARF and SCO under Partnership in Cyberspace', () => {
    const result = runNamedQueryInMemory(realGraph(), 'forums-for-action', {
      action: 'action-partnership-in-cyberspace',
    });
    const forums = result.rows.map((row) => row[0]);
    expect(forums[0]).toBe('arf');
    expect(forums).toEqual(expect.arrayContaining(['sco', 'brics', 'apec', 'g20', 'boao-forum']));
    expect(() => runNamedQueryInMemory(realGraph(), 'forums-for-action', { action: 'principle-peace' })).toThrow(
      /"principle-peace" is a principle/,
    );
  });
});

/** Explorer URL state: parse/serialise round trips, hostile input, and which changes enter the history. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  explorerHref,
  historyMode,
  parseExplorerState,
  serializeExplorerState,
} from '@/lib/explorer/url/state';

describe('explorer URL state', () => {
  it('round-trips a full state with readable separators', () => {
    const state = {
      node: 'arf',
      edge: null,
      types: ['forum' as const, 'organization' as const],
      q: 'ARF',
      view: 'table' as const,
    };
    const query = serializeExplorerState(state);
    expect(query).toBe('node=arf&types=organization,forum&q=ARF&view=table');
    expect(parseExplorerState(query)).toEqual({ ...state, types: ['organization', 'forum'] });
  });

  it('keeps edge keys readable and intact', () => {
    const edge = 'INVOLVES:iscc-2017-ch4-3-s3->arf';
    const query = serializeExplorerState({ ...DEFAULT_STATE, edge });
    expect(query).toBe('edge=INVOLVES:iscc-2017-ch4-3-s3-%3Earf');
    expect(parseExplorerState(query).edge).toBe(edge);
  });

  it('gives the defaults for an empty or hostile query', () => {
    expect(parseExplorerState('')).toEqual(DEFAULT_STATE);
    const parsed = parseExplorerState('node=<script>&types=forum,bogus,forum&view=matrix');
    expect(parsed.node).toBeNull();
    expect(parsed.types).toEqual(['forum']);
    expect(parsed.view).toBe('graph');
    expect(parseExplorerState(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  it('prefers a node over an edge and omits defaults', () => {
    expect(parseExplorerState('node=arf&edge=X').edge).toBeNull();
    expect(serializeExplorerState(DEFAULT_STATE)).toBe('');
    expect(explorerHref(DEFAULT_STATE)).toBe('/');
    // Every type visible is the default: no parameter.
    expect(
      parseExplorerState(
        'types=document,section,principle,goal,action,commitment,state,organization,forum,process,stakeholder,instrument,initiative',
      ).types,
    ).toBeNull();
    // An empty list means nothing is shown, which must survive a round trip.
    expect(parseExplorerState(serializeExplorerState({ ...DEFAULT_STATE, types: [] })).types).toEqual([]);
  });

  it('pushes selections and views, replaces filters and search text', () => {
    const base = parseExplorerState('node=arf');
    expect(historyMode(base, { ...base, node: 'sco' })).toBe('push');
    expect(historyMode(base, { ...base, node: null, edge: 'PART_OF:arf->asean' })).toBe('push');
    expect(historyMode(base, { ...base, view: 'table' })).toBe('push');
    expect(historyMode(base, { ...base, q: 'AR' })).toBe('replace');
    expect(historyMode(base, { ...base, types: ['forum'] })).toBe('replace');
    expect(historyMode(base, { ...base })).toBe('none');
  });
});

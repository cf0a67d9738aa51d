/**
 * Explorer URL state: parse/serialise round trips (with `?highlight=` and the table's `?doc=`), hostile input, and
 * which changes enter the history.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  explorerHref,
  highlightKey,
  historyMode,
  MAX_QUERY,
  normaliseHighlight,
  parseExplorerState,
  serializeExplorerState,
} from '@/lib/explorer/url/state';
import { explorerHighlightHref, MAX_HIGHLIGHT } from '@/lib/queries/links';

describe('explorer URL state', () => {
  it('round-trips a full state with readable separators', () => {
    const state = {
      node: 'arf',
      edge: null,
      highlight: null,
      types: ['forum' as const, 'organization' as const],
      q: 'ARF',
      view: 'table' as const,
      filter: 'internet governance',
      show: 'self' as const,
      doc: 'lemuria-2022',
    };
    const query = serializeExplorerState(state);
    expect(query).toBe(
      'node=arf&types=organization,forum&q=ARF&view=table&filter=internet+governance&show=self&doc=lemuria-2022',
    );
    expect(parseExplorerState(query)).toEqual({ ...state, types: ['organization', 'forum'] });
  });

  it("holds the table's filter and Show choice with the table view only, and refines them in place", () => {
    const table = { ...DEFAULT_STATE, view: 'table' as const };
    // Leaving the table leaves its filter behind, as a tab change always did.
    expect(serializeExplorerState({ ...table, view: 'graph', filter: 'terrorism', show: 'others' })).toBe('');
    expect(parseExplorerState('filter=terrorism&show=others')).toMatchObject({ filter: '', show: 'all' });
    // A Show choice the table does not offer is all nodes.
    expect(parseExplorerState('view=table&show=everything').show).toBe('all');
    expect(historyMode(table, { ...table, filter: 'terror' })).toBe('replace');
    expect(historyMode(table, { ...table, show: 'commitments' })).toBe('replace');
    // "N more sentences" opens the table so filtered: a step Back undoes.
    expect(historyMode(DEFAULT_STATE, { ...table, filter: 'terrorism', show: 'commitments' })).toBe('push');
  });

  it("holds the table's Document choice with the table view only, read like an id, and refines it in place", () => {
    const table = { ...DEFAULT_STATE, view: 'table' as const };
    expect(parseExplorerState('view=table&doc=lemuria-2022').doc).toBe('lemuria-2022');
    expect(parseExplorerState('view=table&doc=%20Lemuria-2022%20').doc).toBe('lemuria-2022');
    // Not a document id at all: all documents. (One that is no loaded document's, the table ignores.)
    expect(parseExplorerState('view=table&doc=%3Cscript%3E').doc).toBeNull();
    expect(parseExplorerState('view=table&doc=').doc).toBeNull();
    expect(parseExplorerState('doc=lemuria-2022').doc).toBeNull();
    expect(serializeExplorerState({ ...table, view: 'graph', doc: 'lemuria-2022' })).toBe('');
    expect(serializeExplorerState({ ...table, filter: 'un', doc: 'lemuria-2022' })).toBe(
      'view=table&filter=un&doc=lemuria-2022',
    );
    expect(historyMode(table, { ...table, doc: 'lemuria-2022' })).toBe('replace');
    expect(historyMode({ ...table, doc: 'lemuria-2022' }, table)).toBe('replace');
  });

  it('reads an edge key in any case, as the API does', () => {
    expect(parseExplorerState('edge=part_of:ARF-%3EASEAN').edge).toBe('PART_OF:arf->asean');
    expect(parseExplorerState('edge=not-a-key').edge).toBe('not-a-key');
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

  it('never writes more search text than it reads back, so Back restores the text as written', () => {
    const long = { ...DEFAULT_STATE, q: 'y'.repeat(MAX_QUERY + 50) };
    const restored = parseExplorerState(serializeExplorerState(long));
    expect(restored.q).toBe('y'.repeat(MAX_QUERY));
    expect(serializeExplorerState(restored)).toBe(serializeExplorerState(long));
  });

  it('reads node and highlight ids case-insensitively, as the API does', () => {
    expect(parseExplorerState('node=ARF').node).toBe('arf');
    expect(parseExplorerState('highlight=ARF,%20Sco').highlight).toEqual(['arf', 'sco']);
  });

  it('prefers a node over an edge and omits defaults', () => {
    expect(parseExplorerState('node=arf&edge=X').edge).toBeNull();
    expect(serializeExplorerState(DEFAULT_STATE)).toBe('');
    expect(explorerHref(DEFAULT_STATE)).toBe('/');
    // Every type visible is the default: no parameter.
    expect(
      parseExplorerState(
        'types=document,section,principle,goal,action,commitment,state,person,organization,forum,process,stakeholder,instrument,initiative',
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

describe('explorer URL state: highlight', () => {
  it('parses the query pages’ link, keeps the order and writes readable commas', () => {
    const href = explorerHighlightHref(['arf', 'sco', 'action-partnership-in-cyberspace']);
    const state = parseExplorerState(href.slice(href.indexOf('?') + 1));
    expect(state.highlight).toEqual(['arf', 'sco', 'action-partnership-in-cyberspace']);
    expect(serializeExplorerState(state)).toBe('highlight=arf,sco,action-partnership-in-cyberspace');
    expect(explorerHref(state)).toBe('/?highlight=arf,sco,action-partnership-in-cyberspace');
  });

  it('round-trips with a selection and the other parameters', () => {
    const state = { ...DEFAULT_STATE, node: 'arf', highlight: ['sco', 'arf'], q: 'ARF', view: 'table' as const };
    const query = serializeExplorerState(state);
    expect(query).toBe('node=arf&highlight=sco,arf&q=ARF&view=table');
    expect(parseExplorerState(query)).toEqual(state);
  });

  it('drops duplicates, blanks and ids that are not slugs; nothing left is no highlight', () => {
    expect(parseExplorerState('highlight=arf,,arf,%3Cscript%3E,SCO,sco, un ').highlight).toEqual(['arf', 'sco', 'un']);
    expect(parseExplorerState('highlight=').highlight).toBeNull();
    expect(parseExplorerState('highlight=,,%20').highlight).toBeNull();
    expect(serializeExplorerState({ ...DEFAULT_STATE, highlight: [] })).toBe('');
    expect(normaliseHighlight(['Bad Id', 'ok-1'])).toEqual(['ok-1']);
  });

  it('keeps at most MAX_HIGHLIGHT ids, like the links that make them', () => {
    const ids = Array.from({ length: MAX_HIGHLIGHT + 50 }, (_v, i) => `n${i}`);
    const parsed = parseExplorerState(`highlight=${ids.join(',')}`).highlight;
    expect(parsed).toHaveLength(MAX_HIGHLIGHT);
    expect(parsed?.[0]).toBe('n0');
  });

  it('makes setting and clearing a highlight a history step, so Back restores it', () => {
    const plain = parseExplorerState('q=ARF');
    const lit = parseExplorerState('highlight=arf,sco&q=ARF');
    expect(historyMode(plain, lit)).toBe('push');
    expect(historyMode(lit, { ...lit, highlight: null })).toBe('push');
    expect(historyMode(lit, { ...lit, highlight: ['sco', 'arf'] })).toBe('push');
    expect(historyMode(lit, { ...lit, highlight: ['arf', 'sco'] })).toBe('none');
    // A filter change keeps the highlight and refines the step in place.
    expect(historyMode(lit, { ...lit, types: ['forum'] })).toBe('replace');
    expect(highlightKey(lit.highlight)).toBe('arf,sco');
    expect(highlightKey(null)).toBe('');
  });
});

/** commitments-by-modality and central-forums on the 2017 strategy. */
import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/cli/stats';
import { assignLayout } from '@/lib/graph/layout';
import { runNamedQueryInMemory } from '@/lib/queries/registry';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { realInputs } from '../../support/data';
import { tinyGraph } from './tiny-graph';

const laidOut = buildKnowledgeGraph(realInputs());
assignLayout(laidOut.graph);

describe('commitments-by-modality', () => {
  it('lists the commitments that state a modality (first or later) verbatim, in reading order, with what they are under', () => {
    const result = runNamedQueryInMemory(laidOut, 'commitments-by-modality', { modality: ' Opposes ' });
    expect(result.columns).toEqual([
      'commitment',
      'modality',
      'kind',
      'subject',
      'text',
      'under',
      'documentId',
      'start',
      'modalities',
    ]);
    expect(result.rows.map((row) => [row[0], row[1], row[5], row[8]])).toEqual([
      ['iscc-2017-ch3-1-s2', 'opposes', ['goal-safeguarding-sovereignty-and-security'], ['opposes', 'believes']],
      ['iscc-2017-ch3-2-s5', 'opposes', ['goal-developing-a-system-of-international-rules'], ['opposes', 'believes']],
      // "It supports fair and open international trade, opposes trade barriers …": its second verb.
      [
        'iscc-2017-ch3-5-s5',
        'supports',
        ['goal-promoting-cooperation-on-digital-economy'],
        ['supports', 'opposes', 'pursues'],
      ],
    ]);
    expect(result.rows[1]?.[4]).toMatch(/^As a victim itself, China opposes all forms of hacking/);
    const text = laidOut.texts.get('iscc-2017')?.text ?? '';
    for (const row of runNamedQueryInMemory(laidOut, 'commitments-by-modality', { modality: 'will' }).rows) {
      const start = row[7] as number;
      expect(text.slice(start, start + (row[4] as string).length)).toBe(row[4]);
    }
  });

  it('counts what atlas stats counts, and 404s a modality no sentence has', () => {
    const { commitmentsByModality, commitmentsWithSeveralModalities } = summarize(laidOut);
    expect(commitmentsByModality.will).toBeGreaterThanOrEqual(40);
    // Stats count a sentence under each modality it states, as the query finds it.
    expect(commitmentsWithSeveralModalities).toBeGreaterThanOrEqual(4);
    for (const [modality, count] of Object.entries(commitmentsByModality)) {
      expect(runNamedQueryInMemory(laidOut, 'commitments-by-modality', { modality }).rows, modality).toHaveLength(
        count,
      );
    }
    expect(() => runNamedQueryInMemory(laidOut, 'commitments-by-modality', { modality: 'perhaps' })).toThrow(
      expect.objectContaining({
        status: 404,
        message: 'commitments-by-modality: no commitment has modality "perhaps"',
      }),
    );
  });
});

describe('central-forums', () => {
  it('ranks forums by stored PageRank, ties by degree then id', () => {
    const result = runNamedQueryInMemory(laidOut, 'central-forums', { limit: '25' });
    expect(result.columns).toEqual(['rank', 'forum', 'label', 'type', 'centrality', 'degree']);
    expect(result.rows.slice(0, 3).map((row) => row[1])).toEqual(['un', 'arf', 'sco']);
    for (const [index, row] of result.rows.entries()) {
      expect(row[0]).toBe(index + 1);
      expect(['organization', 'forum', 'process']).toContain(row[3]);
      const next = result.rows[index + 1];
      if (!next) continue;
      const [c, d, id] = [row[4] as number, row[5] as number, row[1] as string];
      const [nc, nd, nid] = [next[4] as number, next[5] as number, next[1] as string];
      expect(c > nc || (c === nc && (d > nd || (d === nd && id < nid)))).toBe(true);
    }
    // apec and g20 share a rounded PageRank and a degree, and so do the five forums of Partnership's list: id order
    // decides.
    const ids = result.rows.map((row) => row[1]);
    expect(ids.indexOf('apec')).toBeLessThan(ids.indexOf('g20'));
    const listed = ['aalco', 'cascf', 'china-celac-forum', 'cica', 'focac'].map((id) => ids.indexOf(id));
    expect(listed.every((index) => index >= 0)).toBe(true);
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
  });

  it('cuts at the limit (default 10)', () => {
    expect(runNamedQueryInMemory(laidOut, 'central-forums', {}).rows).toHaveLength(10);
    expect(runNamedQueryInMemory(laidOut, 'central-forums', { limit: 1 }).nodes).toEqual(['un']);
  });

  it('breaks exact ties by degree, then id', () => {
    const kg = tinyGraph(
      [
        ['zeta', 'forum', { centrality: 0.5 }],
        ['alpha', 'forum', { centrality: 0.5 }],
        ['mid', 'process', { centrality: 0.5 }],
        ['x', 'state', { centrality: 0.9 }],
      ],
      [['PART_OF', 'mid', 'x']],
    );
    expect(runNamedQueryInMemory(kg, 'central-forums', {}).nodes).toEqual(['mid', 'alpha', 'zeta']);
  });
});

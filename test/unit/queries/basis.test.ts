/**
 * The basis of named-query answers: curated links say so, with the curator's note, on made-up graphs where the
 * answer is known (test/unit/queries/tiny-graph.ts), so a query that drops the basis fails here.
 */
import { describe, expect, it } from 'vitest';
import { curatedAmong } from '@/lib/queries/basis';
import { runNamedQueryInMemory } from '@/lib/queries/registry';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';
import { planOfAction, tinyGraph } from './tiny-graph';

const column = (result: { columns: string[] }, name: string) => result.columns.indexOf(name);

/** The plan of action with c2's link to fx curated (its sentence does not name fx). */
function curatedPlan(): KnowledgeGraph {
  const kg = planOfAction();
  kg.graph.mergeEdgeAttributes('INVOLVES:c2->fx', { basis: 'curated', note: 'c2 means fx.' });
  return kg;
}

describe('curatedAmong', () => {
  it('keeps the curated facts among the answer’s edges, once each, in key order, a missing note as ""', () => {
    expect(
      curatedAmong(
        [
          { key: 'PART_OF:b->c', basis: 'curated', note: 'why b' },
          { key: 'INVOLVES:x->y', basis: 'text', note: null },
          { key: 'MEMBER_OF:a->b', basis: 'curated', note: null },
          { key: 'PART_OF:b->c', basis: 'curated', note: 'why b' },
          { key: 'PART_OF:q->r', basis: 'curated', note: 'not in the answer' },
        ],
        ['INVOLVES:x->y', 'PART_OF:b->c', 'MEMBER_OF:a->b'],
      ),
    ).toEqual([
      { edge: 'MEMBER_OF:a->b', note: '' },
      { edge: 'PART_OF:b->c', note: 'why b' },
    ]);
  });
});

describe('curated links in the named queries', () => {
  it('actions-for-forum lists the commitments linked only by a curator, and the note', () => {
    const result = runNamedQueryInMemory(curatedPlan(), 'actions-for-forum', { forum: 'fx' });
    const byAction = new Map(result.rows.map((row) => [row[0], row[column(result, 'curatedCommitmentIds')]]));
    expect(byAction.get('p2')).toEqual(['c2']);
    expect(byAction.get('p1')).toEqual([]);
    expect(result.curated).toEqual([{ edge: 'INVOLVES:c2->fx', note: 'c2 means fx.' }]);
  });

  it('forums-for-action marks the curated commitment on its forum’s row only', () => {
    const result = runNamedQueryInMemory(curatedPlan(), 'forums-for-action', { action: 'p2' });
    const byForum = new Map(result.rows.map((row) => [row[0], row[column(result, 'curatedCommitmentIds')]]));
    expect(byForum.get('fx')).toEqual(['c2']);
    expect(byForum.get('fy')).toEqual([]);
  });

  it('with parts, a commitment whose sentence names a body within the forum is the text’s, not curated', () => {
    const kg = curatedPlan();
    kg.graph.addDirectedEdgeWithKey('INVOLVES:c2->fy', 'c2', 'fy', { type: 'INVOLVES', basis: 'text', provenance: [] });
    kg.graph.addDirectedEdgeWithKey('PART_OF:fy->fx', 'fy', 'fx', {
      type: 'PART_OF',
      basis: 'curated',
      note: 'fy is an organ of fx.',
      provenance: [],
    });
    const result = runNamedQueryInMemory(kg, 'actions-for-forum', { forum: 'fx', parts: true });
    const p2 = result.rows.find((row) => row[0] === 'p2');
    expect(p2?.[column(result, 'curatedCommitmentIds')]).toEqual([]);
    // The chain that brings fy in is curated knowledge: listed with its note.
    expect(result.curated).toEqual([
      { edge: 'INVOLVES:c2->fx', note: 'c2 means fx.' },
      { edge: 'PART_OF:fy->fx', note: 'fy is an organ of fx.' },
    ]);
  });

  it('shortest-path says the basis and note of each step; neighborhood lists its curated relationships', () => {
    const kg = tinyGraph(
      [
        ['a', 'forum'],
        ['b', 'organization'],
        ['c', 'process'],
      ],
      [
        ['PART_OF', 'a', 'b', { basis: 'curated', note: 'a is within b.' }],
        ['MENTIONS', 'b', 'c'],
      ],
    );
    const path = runNamedQueryInMemory(kg, 'shortest-path', { from: 'a', to: 'c' });
    expect(path.rows.map((row) => row.slice(column(path, 'edge')))).toEqual([
      [null, null, null],
      ['PART_OF:a->b', 'curated', 'a is within b.'],
      ['MENTIONS:b->c', 'text', null],
    ]);
    expect(path.curated).toEqual([{ edge: 'PART_OF:a->b', note: 'a is within b.' }]);
    expect(runNamedQueryInMemory(kg, 'neighborhood', { id: 'b' }).curated).toEqual([
      { edge: 'PART_OF:a->b', note: 'a is within b.' },
    ]);
  });
});

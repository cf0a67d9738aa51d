/**
 * The memory store's matrix links (lib/store/memory/matrix) on a made-up UN system, where the exact roll-up can be
 * worked out on paper: PART_OF at any depth, a non-forum part, a curated link, and a PART_OF cycle that must end.
 *
 *   un ◄── ga ◄── hrc        igf ──► un        init (initiative) ──► ga        x ──► y ──► x (cycle)
 */
import { describe, expect, it } from 'vitest';
import { memoryMatrix, wholesOf } from '@/lib/store/memory/matrix';
import { tinyGraph } from '../../queries/tiny-graph';

const commitment = (start: number) => ({ documentId: 'doc', start });

function unSystem() {
  return tinyGraph(
    [
      ['p1', 'action', { documentId: 'doc', number: 1 }],
      ['p2', 'action', { documentId: 'doc', number: 2 }],
      ['c1', 'commitment', commitment(10)],
      ['c2', 'commitment', commitment(20)],
      ['c3', 'commitment', commitment(30)],
      ['c4', 'commitment', commitment(40)],
      ['c5', 'commitment', commitment(50)],
      ['un', 'organization'],
      ['ga', 'organization'],
      ['hrc', 'organization'],
      ['igf', 'forum'],
      ['init', 'initiative'],
      ['x', 'forum'],
      ['y', 'process'],
    ],
    [
      ['PART_OF', 'ga', 'un', { basis: 'curated' }],
      ['PART_OF', 'hrc', 'ga', { basis: 'curated' }],
      ['PART_OF', 'igf', 'un'],
      ['PART_OF', 'init', 'ga'],
      ['PART_OF', 'x', 'y'],
      ['PART_OF', 'y', 'x'],
      ['UNDER', 'c1', 'p1'],
      ['UNDER', 'c2', 'p1'],
      ['UNDER', 'c3', 'p2'],
      ['UNDER', 'c4', 'p2'],
      ['UNDER', 'c5', 'p2'],
      // c1 names the UN and its General Assembly; c2 the Human Rights Council; c3 an initiative of the GA.
      ['INVOLVES', 'c1', 'un'],
      ['INVOLVES', 'c1', 'ga'],
      ['INVOLVES', 'c2', 'hrc'],
      ['INVOLVES', 'c3', 'init'],
      ['INVOLVES', 'c4', 'igf', { basis: 'curated' }],
      ['INVOLVES', 'c5', 'x'],
    ],
  ).graph;
}

const cellsOf = (view: ReturnType<typeof memoryMatrix>, forum: string) =>
  view.cells.filter((cell) => cell.forum === forum).map(({ forum: _forum, ...cell }) => cell);

describe('wholesOf', () => {
  it('climbs PART_OF at any depth, nearest first, and ends on a cycle', () => {
    const graph = unSystem();
    expect(wholesOf(graph, 'hrc')).toEqual(['ga', 'un']);
    expect(wholesOf(graph, 'init')).toEqual(['ga', 'un']);
    expect(wholesOf(graph, 'un')).toEqual([]);
    expect(wholesOf(graph, 'x')).toEqual(['y']);
  });
});

describe('memoryMatrix', () => {
  it('without parts counts only the forums a sentence involves, as before', () => {
    const view = memoryMatrix(unSystem());
    expect(cellsOf(view, 'un')).toEqual([{ action: 'p1', commitments: ['c1'], curated: [] }]);
    expect(cellsOf(view, 'ga')).toEqual([{ action: 'p1', commitments: ['c1'], curated: [] }]);
    expect(cellsOf(view, 'igf')).toEqual([{ action: 'p2', commitments: ['c4'], curated: ['c4'] }]);
    expect(view.forums.map((f) => f.id)).not.toContain('init');
  });

  it('with parts counts the bodies within each forum at any depth, once each, saying through which', () => {
    const view = memoryMatrix(unSystem(), { parts: true });
    expect(cellsOf(view, 'un')).toEqual([
      { action: 'p1', commitments: ['c1', 'c2'], curated: [], via: [{ commitment: 'c2', parts: ['hrc'] }] },
      {
        action: 'p2',
        commitments: ['c3', 'c4'],
        curated: ['c4'],
        via: [
          { commitment: 'c3', parts: ['init'] },
          { commitment: 'c4', parts: ['igf'] },
        ],
      },
    ]);
    expect(cellsOf(view, 'ga')).toEqual([
      { action: 'p1', commitments: ['c1', 'c2'], curated: [], via: [{ commitment: 'c2', parts: ['hrc'] }] },
      { action: 'p2', commitments: ['c3'], curated: [], via: [{ commitment: 'c3', parts: ['init'] }] },
    ]);
    expect(cellsOf(view, 'hrc')).toEqual([{ action: 'p1', commitments: ['c2'], curated: [], via: [] }]);
    // The cycle: x counts its own sentence once, y counts it through x.
    expect(cellsOf(view, 'x')).toEqual([{ action: 'p2', commitments: ['c5'], curated: [], via: [] }]);
    expect(cellsOf(view, 'y')).toEqual([
      { action: 'p2', commitments: ['c5'], curated: [], via: [{ commitment: 'c5', parts: ['x'] }] },
    ]);
  });
});

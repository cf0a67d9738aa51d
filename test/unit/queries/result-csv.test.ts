/** A named query's answer as CSV (lib/queries/result-csv.ts): the page's words, ids beside them, curated links marked. */
import { describe, expect, it } from 'vitest';
import { resultCsv, resultCsvFilename } from '@/lib/queries/result-csv';
import type { ResultView } from '@/lib/queries/result-view';

const view: ResultView = {
  columns: [
    { source: 'action', header: 'Plan-of-action item' },
    { source: 'commitments', header: 'Commitments' },
    { source: 'commitmentIds', header: 'Commitment sentences' },
    { source: 'note', header: 'Note' },
  ],
  rows: [
    [
      { kind: 'node', id: 'action-partnership', label: 'Partnership in Cyberspace' },
      { kind: 'number', value: 2 },
      {
        kind: 'nodes',
        items: [
          { id: 'c1', label: 'China will pursue "dialogue", with ARF.' },
          {
            id: 'c2',
            label: 'It is the first paper.',
            curated: { edge: 'INVOLVES:c2->sco', note: '"It" is the Code.' },
          },
        ],
      },
      { kind: 'empty' },
    ],
  ],
  curatedMarks: 1,
};

describe('resultCsv', () => {
  it('gives each named cell its ids in a column beside it, one sentence per line, curated links marked', () => {
    expect(resultCsv(view).split('\r\n')).toEqual([
      'Plan-of-action item,Plan-of-action item (id),Commitments,Commitment sentences,Commitment sentences (id),Note',
      'Partnership in Cyberspace,action-partnership,2,"China will pursue ""dialogue"", with ARF.\nIt is the first paper. [curated link]",c1 c2,',
      '',
    ]);
  });

  it('keeps repeated headers as columns of their own', () => {
    const twoNodes: ResultView = {
      columns: [
        { source: 'from', header: 'Node' },
        { source: 'to', header: 'Node' },
      ],
      rows: [
        [
          { kind: 'node', id: 'arf', label: 'ASEAN Regional Forum' },
          { kind: 'node', id: 'un', label: 'United Nations' },
        ],
      ],
      curatedMarks: 0,
    };
    expect(resultCsv(twoNodes).split('\r\n')[1]).toBe('ASEAN Regional Forum,arf,United Nations,un');
  });

  it('names the file after the query and its values', () => {
    expect(resultCsvFilename('actions-for-forum', { forum: 'arf', parts: 'true' })).toBe(
      'actions-for-forum-arf-true.csv',
    );
    expect(resultCsvFilename('central-forums', {})).toBe('central-forums.csv');
    expect(resultCsvFilename('shortest-path', { from: 'UN General Assembly', to: '../x' })).toBe(
      'shortest-path-un-general-assembly-x.csv',
    );
  });
});

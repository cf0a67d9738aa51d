/** The query forms' plan-of-action choices (lib/queries/action-choices.ts): one list, or one group per document. */
import { describe, expect, it } from 'vitest';
import { actionChoiceGroups } from '@/lib/queries/action-choices';

const actions = [
  { id: 'a1', label: 'Peace', documentId: 'd1' },
  { id: 'a2', label: 'Order', documentId: 'd1' },
  { id: 'b1', label: 'Peace', documentId: 'd2' },
];

describe('actionChoiceGroups', () => {
  it('is one numbered list with one document, as before', () => {
    expect(actionChoiceGroups(actions.slice(0, 2), new Map())).toEqual([
      {
        options: [
          { value: 'a1', text: '1. Peace' },
          { value: 'a2', text: '2. Order' },
        ],
      },
    ]);
  });

  it("groups several documents' items by document, numbered from 1 in each", () => {
    const names = new Map([
      ['d1', 'China 2017'],
      ['d2', 'EU 2020'],
    ]);
    expect(actionChoiceGroups(actions, names)).toEqual([
      {
        label: 'China 2017',
        options: [
          { value: 'a1', text: '1. Peace' },
          { value: 'a2', text: '2. Order' },
        ],
      },
      { label: 'EU 2020', options: [{ value: 'b1', text: '1. Peace' }] },
    ]);
  });
});

/** How a named query's answer reads on /query: labels for ids, relationships and enum values in words, headers in words. */
import { describe, expect, it } from 'vitest';
import { presentResult, type NodeName } from '@/lib/queries/result-view';
import { kindWords } from '@/lib/explorer/selection/relations';
import { columnHeader, parameterHint, parameterLabel, parameterName, refusalInWords } from '@/lib/queries/wording';
import { viewOptions } from '@/lib/queries/result-columns';

const names = new Map<string, NodeName>([
  ['arf', { label: 'ASEAN Regional Forum', type: 'forum' }],
  ['asean', { label: 'Association of Southeast Asian Nations', type: 'organization' }],
  ['china', { label: "People's Republic of China", type: 'state' }],
  ['action-partnership', { label: 'Partnership in Cyberspace', type: 'action' }],
  ['c1', { label: 'China will pursue…', type: 'commitment' }],
  ['c2', { label: 'China supports…', type: 'commitment' }],
  ['iscc-2017', { label: 'International Strategy of Cooperation on Cyberspace', type: 'document' }],
]);

describe('presentResult', () => {
  it('names each node by its label and folds the label column after it into its cell', () => {
    const view = presentResult(
      {
        columns: ['action', 'label', 'commitments', 'commitmentIds', 'mentions'],
        rows: [['action-partnership', 'Partnership in Cyberspace', 2, ['c1', 'c2'], 2]],
      },
      names,
    );
    expect(view.columns.map((c) => c.header)).toEqual([
      'Plan-of-action item',
      'Commitments',
      'Commitment sentences',
      'Mentions',
    ]);
    expect(view.columns.map((c) => c.source)).toEqual(['action', 'commitments', 'commitmentIds', 'mentions']);
    expect(view.rows[0]).toEqual([
      { kind: 'node', id: 'action-partnership', label: 'Partnership in Cyberspace' },
      { kind: 'number', value: 2 },
      {
        kind: 'nodes',
        items: [
          { id: 'c1', label: 'China will pursue…' },
          { id: 'c2', label: 'China supports…' },
        ],
      },
      { kind: 'number', value: 2 },
    ]);
  });

  it('says whose document a node is when the page names documents (several loaded), beside a given label too', () => {
    const withDocuments = new Map(names);
    withDocuments.set('action-partnership', { ...names.get('action-partnership')!, document: 'China 2017' });
    withDocuments.set('c1', { ...names.get('c1')!, document: 'China 2017' });
    const view = presentResult(
      {
        columns: ['action', 'label', 'commitmentIds'],
        rows: [['action-partnership', 'Partnership in Cyberspace', ['c1', 'c2']]],
      },
      withDocuments,
    );
    expect(view.rows[0]).toEqual([
      { kind: 'node', id: 'action-partnership', label: 'Partnership in Cyberspace · China 2017' },
      {
        kind: 'nodes',
        items: [
          { id: 'c1', label: 'China will pursue… · China 2017' },
          { id: 'c2', label: 'China supports…' },
        ],
      },
    ]);
  });

  it("names a commitment by its whole sentence where the page knows it, not by its label's first 70 characters", () => {
    const withText = new Map(names);
    withText.set('c1', {
      label: 'China will pursue…',
      type: 'commitment',
      text: 'China will pursue discussions within ARF.',
    });
    const view = presentResult(
      {
        columns: ['action', 'label', 'commitments', 'commitmentIds', 'mentions'],
        rows: [['action-partnership', 'Partnership in Cyberspace', 2, ['c1', 'c2'], 2]],
      },
      withText,
    );
    expect(view.rows[0]![2]).toEqual({
      kind: 'nodes',
      items: [
        { id: 'c1', label: 'China will pursue discussions within ARF.' },
        { id: 'c2', label: 'China supports…' },
      ],
    });
  });

  it('says a path’s relationships in words between their ends’ labels, and types in words', () => {
    const view = presentResult(
      {
        columns: ['step', 'id', 'label', 'type', 'edge'],
        rows: [
          [0, 'arf', 'ASEAN Regional Forum', 'forum', null],
          [1, 'asean', 'Association of Southeast Asian Nations', 'organization', 'PART_OF:arf->asean'],
        ],
      },
      names,
    );
    expect(view.columns.map((c) => c.header)).toEqual(['Step', 'Node', 'Type', 'Relationship']);
    expect(view.rows[0]?.[2]).toEqual({ kind: 'text', text: 'Forum' });
    expect(view.rows[0]?.[3]).toEqual({ kind: 'empty' });
    expect(view.rows[1]?.[3]).toEqual({
      kind: 'edge',
      key: 'PART_OF:arf->asean',
      text: 'ASEAN Regional Forum part of Association of Southeast Asian Nations',
    });
  });

  it('keeps text that only looks like an id as text, and says kinds and modalities in words', () => {
    const view = presentResult(
      {
        columns: ['commitment', 'modality', 'kind', 'subject', 'under', 'documentId', 'modalities'],
        rows: [['c1', 'will', 'others', 'China', ['action-partnership'], 'iscc-2017', ['will', 'supports']]],
      },
      names,
    );
    expect(view.rows[0]).toEqual([
      { kind: 'node', id: 'c1', label: 'China will pursue…' },
      { kind: 'text', text: 'will' },
      { kind: 'text', text: 'asked of others' },
      { kind: 'text', text: 'China' },
      { kind: 'nodes', items: [{ id: 'action-partnership', label: 'Partnership in Cyberspace' }] },
      { kind: 'node', id: 'iscc-2017', label: 'International Strategy of Cooperation on Cyberspace' },
      { kind: 'text', text: 'will · supports' },
    ]);
    expect(view.columns.map((c) => c.header)).toContain('Subject as written');
  });

  it('marks the commitments a curator links, with the note, and folds the curated column away', () => {
    const view = presentResult(
      {
        columns: ['action', 'label', 'commitments', 'commitmentIds', 'mentions', 'curatedCommitmentIds'],
        rows: [['action-partnership', 'Partnership in Cyberspace', 2, ['c1', 'c2'], 2, ['c2']]],
        curated: [{ edge: 'INVOLVES:c2->arf', note: '"this" is ARF.' }],
      },
      names,
    );
    expect(view.columns.map((c) => c.source)).toEqual(['action', 'commitments', 'commitmentIds', 'mentions']);
    expect(view.rows[0]?.[2]).toEqual({
      kind: 'nodes',
      items: [
        { id: 'c1', label: 'China will pursue…' },
        { id: 'c2', label: 'China supports…', curated: { edge: 'INVOLVES:c2->arf', note: '"this" is ARF.' } },
      ],
    });
    expect(view.curatedMarks).toBe(1);
  });

  it('marks a curated step of a path with its note, a stated one not at all', () => {
    const view = presentResult(
      {
        columns: ['step', 'id', 'label', 'type', 'edge', 'basis', 'note'],
        rows: [
          [0, 'arf', 'ASEAN Regional Forum', 'forum', null, null, null],
          [1, 'asean', 'ASEAN', 'organization', 'PART_OF:arf->asean', 'curated', 'ASEAN set it up.'],
          [2, 'china', 'China', 'state', 'MEMBER_OF:china->asean', 'text', null],
        ],
      },
      names,
    );
    expect(view.columns.map((c) => c.header)).toEqual(['Step', 'Node', 'Type', 'Relationship']);
    expect(view.rows[1]?.[3]).toMatchObject({ curated: { edge: 'PART_OF:arf->asean', note: 'ASEAN set it up.' } });
    expect(view.rows[2]?.[3]).not.toHaveProperty('curated');
    expect(view.curatedMarks).toBe(1);
  });

  it('shows commitments-by-modality narrower: each sentence once, as its commitment, without offsets', () => {
    const view = presentResult(
      {
        columns: ['commitment', 'modality', 'kind', 'subject', 'text', 'under', 'documentId', 'start', 'modalities'],
        rows: [
          [
            'c1',
            'will',
            'self',
            'China',
            'China will pursue the whole sentence.',
            ['action-partnership'],
            'iscc-2017',
            120,
            ['will', 'supports'],
          ],
        ],
      },
      names,
      viewOptions('commitments-by-modality'),
    );
    expect(view.columns.map((c) => c.source)).toEqual(['commitment', 'kind', 'subject', 'under', 'modalities']);
    expect(view.rows[0]?.[0]).toEqual({ kind: 'node', id: 'c1', label: 'China will pursue the whole sentence.' });
  });

  it('falls back to ids when no names are known, and keeps a label column that follows no node', () => {
    const view = presentResult({ columns: ['forum', 'label'], rows: [['arf', 'ARF']] }, new Map());
    expect(view.columns.map((c) => c.header)).toEqual(['Forum', 'Name']);
    expect(view.rows[0]).toEqual([
      { kind: 'text', text: 'arf' },
      { kind: 'text', text: 'ARF' },
    ]);
  });
});

describe('query wording', () => {
  it('words a refusal by the field’s label, not the parameter’s name scripts use', () => {
    expect(refusalInWords('neighborhood: invalid parameter "depth": must be at most 3')).toBe(
      'Depth: must be at most 3',
    );
    expect(refusalInWords('invalid parameter "action": given more than once (give it once)')).toBe(
      'Plan-of-action item: given more than once (give it once)',
    );
    expect(refusalInWords('unknown forum "x"')).toBe('unknown forum "x"');
  });

  it('labels parameters in the words of /matrix, and says which are optional', () => {
    expect(parameterLabel({ name: 'action', type: 'action', required: true })).toBe('Plan-of-action item');
    expect(parameterLabel({ name: 'parts', type: 'boolean', required: false })).toBe('Include bodies within the forum');
    expect(parameterLabel({ name: 'depth', type: 'integer', required: false })).toBe('Depth (optional)');
    expect(parameterName('someNewThing')).toBe('Some new thing');
  });

  it('hints node fields in the analyst’s words (a name or an acronym), others by their description', () => {
    expect(parameterHint({ name: 'from', description: 'where the path starts (any node id)' })).not.toMatch(/\bid\b/);
    expect(parameterHint({ name: 'from', description: 'x' })).toMatch(/name or an acronym/);
    expect(parameterHint({ name: 'depth', description: 'how many steps out' })).toBe('how many steps out');
  });

  it('heads columns in words, even ones it does not know', () => {
    expect(columnHeader('commitmentIds')).toBe('Commitment sentences');
    expect(columnHeader('newColumn_id')).toBe('New column id');
    expect(kindWords('self')).toBe("issuer's own");
  });
});

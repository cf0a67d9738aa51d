/**
 * Node table rows: the filter finds a commitment by the words of its whole sentence (its label is cut at ~70
 * characters), and "Show" keeps every commitment, the issuer's own, or the norms asked of others.
 */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import { filterRows, matchedBySentenceOnly, nodeRows } from '@/lib/explorer/table/rows';

const SELF =
  'Along with other countries, China will explore norms of behavior for cooperation against cyber terrorism.';
const OTHERS = 'The international community should take pragmatic measures to fight cyber terrorist activities.';

const rows = nodeRows(
  buildClientGraph({
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: 'self',
        attributes: { label: SELF.slice(0, 70), text: SELF, type: 'commitment', modalities: ['will'], kind: 'self' },
      },
      {
        key: 'others',
        attributes: {
          label: OTHERS.slice(0, 70),
          text: OTHERS,
          type: 'commitment',
          modalities: ['should'],
          kind: 'others',
        },
      },
      { key: 'terror-action', attributes: { label: 'Cooperation on cyber terrorism', type: 'action' } },
      { key: 'sco', attributes: { label: 'Shanghai Cooperation Organization', type: 'forum' } },
    ],
    edges: [],
  } satisfies SerializedGraph),
);
const ids = (text: string, show?: Parameters<typeof filterRows>[4]) =>
  filterRows(rows, text, () => true, null, show).map((row) => row.id);

describe('node table rows: sentences', () => {
  it('finds a commitment by a word past its label, every word anywhere, case and punctuation aside', () => {
    expect(SELF.slice(0, 70)).not.toContain('terrorism');
    expect(ids('terrorism')).toEqual(['self', 'terror-action']);
    expect(ids('TERRORISM, china')).toEqual(['self']);
    expect(ids('"cyber terrorist"')).toEqual(['others']);
    expect(ids('terrorism sovereignty')).toEqual([]);
  });

  it('says when a row was found by its sentence only, so the table can show the passage', () => {
    const [self] = rows;
    expect(matchedBySentenceOnly(self!, 'terrorism')).toBe(true);
    expect(matchedBySentenceOnly(self!, 'Along with')).toBe(false);
    expect(matchedBySentenceOnly(self!, '  ')).toBe(false);
    expect(matchedBySentenceOnly(rows[3]!, 'terrorism')).toBe(false);
  });
});

describe('node table rows: whose commitments', () => {
  it("keeps every node, the commitments, the issuer's own or the norms asked of others", () => {
    expect(ids('', 'all')).toEqual(['self', 'others', 'terror-action', 'sco']);
    expect(ids('', 'commitments')).toEqual(['self', 'others']);
    expect(ids('', 'self')).toEqual(['self']);
    expect(ids('', 'others')).toEqual(['others']);
    expect(ids('terror', 'self')).toEqual(['self']);
  });
});

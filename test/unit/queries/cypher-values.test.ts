/** How the Cypher console writes Neo4j values and finds the nodes in an answer (shapes as the Neo4j store presents them). */
import { describe, expect, it } from 'vitest';
import { collectNodeIds, formatCypherValue } from '@/lib/queries/cypher-values';

const arf = { labels: ['Actor', 'Forum'], id: 'arf', label: 'ASEAN Regional Forum', type: 'forum' };
const china = { labels: ['Actor', 'State'], id: 'china', label: "People's Republic of China", type: 'state' };
const memberOf = { relationship: 'MEMBER_OF', key: 'MEMBER_OF:china->arf', basis: 'curated' };

describe('formatCypherValue', () => {
  it('writes nodes by their label first, then their Neo4j labels and id; paths by their nodes’ labels', () => {
    expect(formatCypherValue(arf)).toBe('ASEAN Regional Forum (:Actor:Forum arf)');
    expect(formatCypherValue(memberOf)).toBe('[:MEMBER_OF]');
    expect(formatCypherValue({ path: [arf, china], relationships: [memberOf] })).toBe(
      "ASEAN Regional Forum – People's Republic of China",
    );
    expect(
      formatCypherValue({ __kind: 'node', labels: ['Atlas', 'Forum'], properties: { id: 'igf', label: 'IGF' } }),
    ).toBe('IGF (:Forum igf)');
    // Without a label (a node of another graph) the id stands alone, with no stray space.
    expect(formatCypherValue({ __kind: 'node', labels: [], properties: { id: 'x' } })).toBe('(x)');
    expect(
      formatCypherValue({ path: [{ __kind: 'node', labels: [], properties: { id: 'x' } }], relationships: [] }),
    ).toBe('x');
  });

  it('writes scalars, lists and other maps plainly', () => {
    expect(formatCypherValue(null)).toBe('');
    expect(formatCypherValue(3)).toBe('3');
    expect(formatCypherValue(['a', 1])).toBe('[a, 1]');
    expect(formatCypherValue({ forum: 'arf', n: 2 })).toBe('{"forum":"arf","n":2}');
  });
});

describe('collectNodeIds', () => {
  it('finds node ids anywhere in the rows, once each, in first-seen order', () => {
    const rows = [
      [arf, 'MEMBER_OF', china],
      [{ path: [china, arf], relationships: [memberOf] }, [{ nested: { labels: ['Action'], id: 'action-x' } }]],
      ['arf', 42, { id: 'not-a-node' }],
    ];
    expect(collectNodeIds(rows)).toEqual(['arf', 'china', 'action-x']);
  });
});

/** shortest-path and neighborhood on hand-drawn graphs, where the exact answer is known. */
import { describe, expect, it } from 'vitest';
import { runNamedQueryInMemory } from '@/lib/queries/registry';
import { shortestPath } from '@/lib/queries/named/shortest-path';
import { diamond, tinyGraph } from './tiny-graph';

const run = (name: string, params: Record<string, unknown>) => runNamedQueryInMemory(diamond(), name, params);

describe('shortest-path', () => {
  it('picks the smallest id sequence among equally short paths, and the smallest edge key per hop', () => {
    const result = run('shortest-path', { from: 'a', to: 'd' });
    expect(result.columns).toEqual(['step', 'id', 'label', 'type', 'edge', 'basis', 'note']);
    expect(result.rows).toEqual([
      [0, 'a', 'A', 'forum', null, null, null],
      [1, 'b', 'B', 'organization', 'PART_OF:a->b', 'text', null],
      [2, 'd', 'D', 'process', 'MENTIONS:b->d', 'text', null],
    ]);
    expect(result.nodes).toEqual(['a', 'b', 'd']);
    expect(result.edges).toEqual(['PART_OF:a->b', 'MENTIONS:b->d']);
  });

  it('reads relationships against their direction', () => {
    expect(run('shortest-path', { from: 'd', to: 'a' }).nodes).toEqual(['d', 'b', 'a']);
    expect(run('shortest-path', { from: 'f', to: 'c' }).nodes).toEqual(['f', 'd', 'c']);
  });

  it('answers an empty table when there is no path', () => {
    expect(run('shortest-path', { from: 'a', to: 'e' })).toEqual({
      columns: ['step', 'id', 'label', 'type', 'edge', 'basis', 'note'],
      rows: [],
      nodes: [],
      edges: [],
      curated: [],
    });
  });

  it('does not look further than its bound', () => {
    const ids = Array.from({ length: 18 }, (_v, i) => `n${String(i).padStart(2, '0')}`);
    const chain = tinyGraph(
      ids.map((id) => [id, 'forum']),
      ids.slice(1).map((id, i) => ['PART_OF', ids[i] as string, id]),
    );
    expect(runNamedQueryInMemory(chain, 'shortest-path', { from: 'n00', to: 'n15' }).rows).toHaveLength(16);
    expect(runNamedQueryInMemory(chain, 'shortest-path', { from: 'n00', to: 'n16' }).rows).toEqual([]);
  });

  it('chooses the same path from Cypher candidates whatever order Neo4j lists them in', () => {
    const node = (id: string) => ({ id, label: id.toUpperCase(), type: 'forum' });
    const path = (ids: string[], rels: Array<[string, string, string]>) => ({
      nodes: ids.map(node),
      rels: rels.map(([type, source, target]) => ({ type, source, target, basis: 'text', note: null })),
    });
    const candidates = [
      path(
        ['a', 'c', 'd'],
        [
          ['MEMBER_OF', 'c', 'a'],
          ['INVOLVES', 'c', 'd'],
        ],
      ),
      path(
        ['a', 'b', 'd'],
        [
          ['PART_OF', 'a', 'b'],
          ['PART_OF', 'd', 'b'],
        ],
      ),
      path(
        ['a', 'b', 'd'],
        [
          ['PART_OF', 'a', 'b'],
          ['MENTIONS', 'b', 'd'],
        ],
      ),
    ];
    for (const paths of [candidates, [...candidates].reverse()]) {
      const result = shortestPath.cypher.toResult([{ fromType: 'forum', toType: 'process', paths }], {
        from: 'a',
        to: 'd',
      });
      expect(result.edges).toEqual(['PART_OF:a->b', 'MENTIONS:b->d']);
    }
    expect(() =>
      shortestPath.cypher.toResult([{ fromType: 'forum', toType: null, paths: [] }], { from: 'a', to: 'zz' }),
    ).toThrow(/unknown node \(parameter "to"\) "zz"/);
  });
});

describe('neighborhood', () => {
  it('lists the nodes within depth, nearest first then by id, with the relationships walked', () => {
    const one = run('neighborhood', { id: 'b' });
    expect(one.rows).toEqual([
      ['b', 'B', 'organization', 0],
      ['a', 'A', 'forum', 1],
      ['d', 'D', 'process', 1],
    ]);
    expect(one.edges).toEqual(['MENTIONS:b->d', 'PART_OF:a->b', 'PART_OF:d->b']);
  });

  it('grows by depth, walking every relationship that starts nearer than the depth', () => {
    const two = run('neighborhood', { id: 'b', depth: 2 });
    expect(two.rows.map((row) => [row[0], row[3]])).toEqual([
      ['b', 0],
      ['a', 1],
      ['d', 1],
      ['c', 2],
      ['f', 2],
    ]);
    expect(two.edges).toEqual([
      'INVOLVES:c->d',
      'MEMBER_OF:c->a',
      'MENTIONS:b->d',
      'PART_OF:a->b',
      'PART_OF:d->b',
      'PART_OF:f->d',
    ]);
    expect(run('neighborhood', { id: 'a', depth: 2 }).nodes).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves out a relationship between two nodes on the rim (no walk of depth steps uses it)', () => {
    const triangle = tinyGraph(
      [
        ['x', 'forum'],
        ['y', 'forum'],
        ['z', 'forum'],
      ],
      [
        ['PART_OF', 'x', 'y'],
        ['PART_OF', 'x', 'z'],
        ['MEMBER_OF', 'y', 'z'],
      ],
    );
    expect(runNamedQueryInMemory(triangle, 'neighborhood', { id: 'x' })).toMatchObject({
      nodes: ['x', 'y', 'z'],
      edges: ['PART_OF:x->y', 'PART_OF:x->z'],
    });
    expect(runNamedQueryInMemory(triangle, 'neighborhood', { id: 'x', depth: 2 }).edges).toContain('MEMBER_OF:y->z');
  });

  it('answers a lone node with itself', () => {
    expect(run('neighborhood', { id: 'e', depth: 3 })).toMatchObject({
      rows: [['e', 'E', 'forum', 0]],
      nodes: ['e'],
      edges: [],
    });
  });
});

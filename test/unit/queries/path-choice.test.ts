/**
 * Which shortest path both stores answer: fewest curated steps, then the smallest id sequence, then edge keys. On
 * hand-drawn graphs, and on the 2017 graph against every shortest path listed and sorted, as Cypher's are.
 */
import { describe, expect, it } from 'vitest';
import type { AtlasGraph } from '@/lib/graph/knowledge-graph';
import { runNamedQueryInMemory } from '@/lib/queries/registry';
import { shortestPath } from '@/lib/queries/named/shortest-path';
import { bestShortestChain, compareChains, hopBetween, type Chain } from '@/lib/queries/path-choice';
import { distancesFrom } from '@/lib/queries/walk';
import { loadMemoryStore } from '@/lib/store/memory';
import { tinyGraph } from './tiny-graph';

const curated = { basis: 'curated', note: 'a curator says so.' };

/**
 *   s ─(curated)─ a ─(curated)─ t        a has the smaller id: the old tie-break went through it
 *   s ─────────── b ─────────── t        all text
 *   s ─ c: PART_OF (curated) and MENTIONS (text), the curated key the smaller
 */
const kg = () =>
  tinyGraph(
    [
      ['s', 'forum'],
      ['a', 'state'],
      ['b', 'section'],
      ['c', 'organization'],
      ['t', 'forum'],
    ],
    [
      ['MEMBER_OF', 'a', 's', curated],
      ['MEMBER_OF', 'a', 't', curated],
      ['MENTIONS', 'b', 's'],
      ['MENTIONS', 'b', 't'],
      ['PART_OF', 's', 'c', curated],
      ['MENTIONS', 's', 'c'],
    ],
  );

describe('shortest-path: the choice among equally short chains', () => {
  it("answers the text's chain where a curated one is as short, though its ids come first", () => {
    const result = runNamedQueryInMemory(kg(), 'shortest-path', { from: 's', to: 't' });
    expect(result.nodes).toEqual(['s', 'b', 't']);
    expect(result.edges).toEqual(['MENTIONS:b->s', 'MENTIONS:b->t']);
    expect(result.curated).toEqual([]);
  });

  it("takes the text's relationship between two nodes joined by a curated one too", () => {
    const result = runNamedQueryInMemory(kg(), 'shortest-path', { from: 'c', to: 's' });
    expect(result.edges).toEqual(['MENTIONS:s->c']);
    expect(hopBetween(kg().graph, 's', 'c')).toMatchObject({ key: 'MENTIONS:s->c', basis: 'text' });
  });

  it('still answers a curated chain where no chain of the text is as short, saying so', () => {
    const result = runNamedQueryInMemory(kg(), 'shortest-path', { from: 'a', to: 'b' });
    expect(result.nodes).toEqual(['a', 's', 'b']);
    expect(result.curated).toEqual([{ edge: 'MEMBER_OF:a->s', note: 'a curator says so.' }]);
  });

  it('picks the same chain from Cypher candidates, whatever order Neo4j lists them in', () => {
    const node = (id: string) => ({ id, label: id.toUpperCase(), type: 'forum' });
    const rel = (type: string, source: string, target: string, basis = 'text') => ({
      type,
      source,
      target,
      basis,
      note: basis === 'curated' ? 'a curator says so.' : null,
    });
    const candidates = [
      {
        nodes: ['s', 'a', 't'].map(node),
        rels: [rel('MEMBER_OF', 'a', 's', 'curated'), rel('MEMBER_OF', 'a', 't', 'curated')],
      },
      { nodes: ['s', 'b', 't'].map(node), rels: [rel('MENTIONS', 'b', 's'), rel('MENTIONS', 'b', 't')] },
    ];
    for (const paths of [candidates, [...candidates].reverse()]) {
      const result = shortestPath.cypher.toResult([{ fromType: 'forum', toType: 'forum', paths }], {
        from: 's',
        to: 't',
      });
      expect(result.edges).toEqual(['MENTIONS:b->s', 'MENTIONS:b->t']);
    }
  });

  it('orders chains by curated steps, then ids, then edge keys', () => {
    const chain = (ids: string[], steps: Array<[string, string]>): Chain => ({
      ids,
      steps: steps.map(([key, basis]) => ({ key, basis })),
    });
    const viaA = chain(
      ['s', 'a', 't'],
      [
        ['MEMBER_OF:a->s', 'curated'],
        ['MEMBER_OF:a->t', 'text'],
      ],
    );
    const viaB = chain(
      ['s', 'b', 't'],
      [
        ['MENTIONS:b->s', 'text'],
        ['MENTIONS:b->t', 'text'],
      ],
    );
    const viaBOther = chain(
      ['s', 'b', 't'],
      [
        ['MENTIONS:b->s', 'text'],
        ['PART_OF:t->b', 'text'],
      ],
    );
    expect([viaA, viaBOther, viaB].sort(compareChains)).toEqual([viaB, viaBOther, viaA]);
  });
});

/** Every shortest chain from `from` to `to` with each relationship a hop may take: what Neo4j's allShortestPaths lists. */
function allShortestChains(graph: AtlasGraph, from: string, to: string): Chain[] {
  const distance = distancesFrom(graph, to, 15);
  const walk = (node: string): Chain[] => {
    const remaining = distance.get(node) as number;
    if (remaining === 0) return [{ ids: [node], steps: [] }];
    const chains: Chain[] = [];
    graph.forEachNeighbor(node, (next) => {
      if (distance.get(next) !== remaining - 1) return;
      const keys = [...graph.edges(node, next), ...graph.edges(next, node)];
      for (const rest of walk(next))
        for (const key of keys) {
          const { basis, note } = graph.getEdgeAttributes(key);
          chains.push({ ids: [node, ...rest.ids], steps: [{ key, basis, note }, ...rest.steps] });
        }
    });
    return chains;
  };
  return distance.has(from) ? walk(from) : [];
}

describe('shortest-path on the 2017 graph', () => {
  const { kg: atlas } = loadMemoryStore('graph-data');
  const { graph } = atlas;
  const pairs = [
    ['sco', 'brics'],
    ['arf', 'icann'],
    ['arf', 'sco'],
    ['un', 'wsis'],
    ['hrc', 'unsc'],
    ['cica', 'g20'],
    ['xi-jinping', 'unga'],
    ['asean', 'china'],
    ['action-partnership-in-cyberspace', 'un'],
    ['principle-sovereignty', 'icann'],
  ];

  it.each(pairs)('%s → %s: the first of all shortest chains sorted as Cypher sorts them', (from, to) => {
    const expected = allShortestChains(graph, from, to).sort(compareChains)[0];
    expect(bestShortestChain(graph, from, distancesFrom(graph, to, 15))).toEqual(expected);
  });

  it('joins SCO and BRICS through the text (the section naming both), not through curated memberships', () => {
    const result = runNamedQueryInMemory(atlas, 'shortest-path', { from: 'sco', to: 'brics' });
    expect(result.curated).toEqual([]);
    expect(result.rows.slice(1).map((row) => row[5])).toEqual(['text', 'text']);
  });
});

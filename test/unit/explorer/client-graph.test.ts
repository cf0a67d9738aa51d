/** Client graph: sigma-safe attributes, programs, counts by type and the commitment index. */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  buildClientGraph,
  commitmentRangeIndex,
  countByType,
  EDGE_PROGRAM,
  NODE_PROGRAM,
  rangeKey,
  tallyCommitmentKinds,
} from '@/lib/explorer/graph/client-graph';
import { EDGE_COLOR } from '@/lib/graph/style';
import { serialized } from '../../support/client-graph';

describe('client graph', () => {
  const graph = buildClientGraph(serialized);

  it('moves domain types out of sigma’s `type` attribute', () => {
    expect(graph.getNodeAttribute('arf', 'type')).toBe(NODE_PROGRAM);
    expect(graph.getNodeAttribute('arf', 'nodeType')).toBe('forum');
    expect(graph.getEdgeAttributes('INVOLVES:c1->arf')).toMatchObject({
      type: EDGE_PROGRAM.text,
      color: EDGE_COLOR.text,
      meta: { relation: 'INVOLVES' },
    });
    expect(graph.getEdgeAttributes('PART_OF:arf->asean')).toMatchObject({
      type: EDGE_PROGRAM.curated,
      color: EDGE_COLOR.curated,
      meta: { relation: 'PART_OF', note: 'why' },
    });
  });

  it('keeps the server positions to restore them, and fills a missing colour from the type', () => {
    expect(graph.getNodeAttributes('arf')).toMatchObject({ x: 1, y: 2, meta: { x0: 1, y0: 2, aliases: ['ARF'] } });
    expect(graph.getNodeAttribute('asean', 'color')).toBe('#00838f');
  });

  it('gives sigma only what it draws with: the rest of a node or edge sits in one `meta` object', () => {
    expect(Object.keys(graph.getNodeAttributes('c1')).sort()).toEqual(
      ['color', 'label', 'meta', 'nodeType', 'size', 'type', 'x', 'y'].sort(),
    );
    expect(Object.keys(graph.getEdgeAttributes('PART_OF:arf->asean')).sort()).toEqual(
      ['basis', 'color', 'meta', 'size', 'type'].sort(),
    );
  });

  it('keeps a commitment’s whole sentence and whose it is, for sentence search and the table', () => {
    expect(graph.getNodeAttribute('c1', 'meta')).toMatchObject({
      kind: 'self',
      text: expect.stringMatching(/ARF, and on cyber terrorism too\.$/),
    });
    expect(graph.getNodeAttribute('arf', 'meta').text).toBeUndefined();
  });

  it('indexes commitments by their character range and counts types', () => {
    expect(commitmentRangeIndex(graph).get(rangeKey('d', 5, 40))).toBe('c1');
    expect(countByType(graph).get('commitment')).toBe(1);
  });

  it('rejects malformed input with its origin named', () => {
    expect(() => buildClientGraph({} as SerializedGraph)).toThrow(/^lib\/explorer\/graph: /);
    expect(() =>
      buildClientGraph({ ...serialized, edges: [{ key: 'e', source: 'c1', target: 'nope', attributes: {} }] }),
    ).toThrow(/unknown node/);
  });

  it('counts the commitments by kind, the own ones by who makes them', () => {
    const commitment = (key: string, kind: string) => ({
      key,
      attributes: { label: key, type: 'commitment', kind, aliases: [], x: 0, y: 0, size: 4, basis: 'text' },
    });
    const makes = (source: string, target: string) => ({
      key: `MAKES:${source}->${target}`,
      source,
      target,
      attributes: { type: 'MAKES', basis: 'text' },
    });
    const withKinds = buildClientGraph({
      ...serialized,
      nodes: [
        ...serialized.nodes,
        {
          key: 'china',
          attributes: {
            label: "People's Republic of China",
            type: 'state',
            aliases: ['China', 'PRC'],
            x: 1,
            y: 1,
            size: 4,
            basis: 'text',
          },
        },
        commitment('own', 'self'),
        commitment('norm', 'others'),
      ],
      edges: [...serialized.edges, makes('china', 'own'), makes('china', 'norm'), makes('china', 'c1')],
    });
    // The fixture's c1 is China's own too ("China will pursue …").
    expect(tallyCommitmentKinds(withKinds)).toEqual({ total: 3, self: [{ maker: 'China', count: 2 }], others: 1 });
    // Without a MAKES edge an own commitment is the issuer's.
    expect(tallyCommitmentKinds(graph)).toEqual({ total: 1, self: [{ maker: 'the issuer', count: 1 }], others: 0 });
    // A short name the gazetteer gives is the maker's name, before its shortest alias.
    const named = buildClientGraph({
      ...serialized,
      nodes: serialized.nodes.concat([
        {
          key: 'eu',
          attributes: {
            label: 'European Union',
            type: 'organization',
            aliases: ['EU', 'Union'],
            shortName: 'EU',
            x: 0,
            y: 0,
          },
        },
        commitment('own', 'self'),
      ]),
      edges: [...serialized.edges, makes('eu', 'own')],
    });
    expect(tallyCommitmentKinds(named).self).toContainEqual({ maker: 'EU', count: 1 });
  });
});

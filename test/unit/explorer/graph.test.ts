/** Client graph and display rules: sigma-safe attributes, the commitment index, and what focus does. */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  buildClientGraph,
  commitmentRangeIndex,
  countByType,
  EDGE_PROGRAM,
  NODE_PROGRAM,
  rangeKey,
} from '@/lib/explorer/graph/client-graph';
import {
  edgeDisplay,
  FADED_EDGE,
  FADED_NODE,
  nodeDisplay,
  SELECTED_EDGE,
  type DisplayState,
} from '@/lib/explorer/graph/display';
import { EDGE_COLOR } from '@/lib/graph/style';

const serialized: SerializedGraph = {
  attributes: {},
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: 'arf',
      attributes: {
        label: 'ASEAN Regional Forum',
        type: 'forum',
        aliases: ['ARF'],
        x: 1,
        y: 2,
        size: 6,
        color: '#2e7d32',
        centrality: 0.01,
        basis: 'text',
      },
    },
    {
      key: 'asean',
      attributes: {
        label: 'ASEAN',
        type: 'organization',
        aliases: [],
        x: 3,
        y: 4,
        size: 5,
        centrality: 0.02,
        basis: 'text',
      },
    },
    {
      key: 'c1',
      attributes: {
        label: 'China will pursue discussions on cyber issues within the framework of ARF.',
        type: 'commitment',
        aliases: [],
        x: 0,
        y: 0,
        size: 4,
        documentId: 'd',
        start: 5,
        end: 40,
        basis: 'text',
      },
    },
    { key: 'far', attributes: { label: 'Far away', type: 'state', aliases: [], x: 9, y: 9, size: 4, basis: 'text' } },
  ],
  edges: [
    { key: 'INVOLVES:c1->arf', source: 'c1', target: 'arf', attributes: { type: 'INVOLVES', basis: 'text' } },
    {
      key: 'PART_OF:arf->asean',
      source: 'arf',
      target: 'asean',
      attributes: { type: 'PART_OF', basis: 'curated', note: 'why' },
    },
  ],
};

const idle: DisplayState = {
  visibleTypes: null,
  focus: null,
  focusNeighbors: new Set(),
  selectedNode: null,
  selectedEdge: null,
  edgeEnds: new Set(),
  searchHits: new Set(),
};

describe('client graph', () => {
  const graph = buildClientGraph(serialized);

  it('moves domain types out of sigma’s `type` attribute', () => {
    expect(graph.getNodeAttribute('arf', 'type')).toBe(NODE_PROGRAM);
    expect(graph.getNodeAttribute('arf', 'nodeType')).toBe('forum');
    expect(graph.getEdgeAttributes('INVOLVES:c1->arf')).toMatchObject({
      type: EDGE_PROGRAM.text,
      relation: 'INVOLVES',
      color: EDGE_COLOR.text,
    });
    expect(graph.getEdgeAttributes('PART_OF:arf->asean')).toMatchObject({
      type: EDGE_PROGRAM.curated,
      relation: 'PART_OF',
      note: 'why',
      color: EDGE_COLOR.curated,
    });
  });

  it('keeps the server positions to restore them, and fills a missing colour from the type', () => {
    expect(graph.getNodeAttributes('arf')).toMatchObject({ x: 1, y: 2, x0: 1, y0: 2 });
    expect(graph.getNodeAttribute('asean', 'color')).toBe('#00838f');
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
});

describe('display rules', () => {
  const graph = buildClientGraph(serialized);
  const attrs = (node: string) => graph.getNodeAttributes(node);

  it('draws everything plainly at rest, without long commitment labels', () => {
    expect(nodeDisplay('arf', attrs('arf'), idle)).toMatchObject({
      hidden: false,
      label: 'ASEAN Regional Forum',
      color: '#2e7d32',
      highlighted: false,
    });
    expect(nodeDisplay('c1', attrs('c1'), idle).label).toBeNull();
  });

  it('hides filtered types', () => {
    expect(nodeDisplay('arf', attrs('arf'), { ...idle, visibleTypes: new Set(['state']) }).hidden).toBe(true);
  });

  it('highlights the focus and its neighbours and fades the rest', () => {
    const state: DisplayState = {
      ...idle,
      focus: 'arf',
      selectedNode: 'arf',
      focusNeighbors: new Set(graph.neighbors('arf')),
    };
    expect(nodeDisplay('arf', attrs('arf'), state)).toMatchObject({ highlighted: true, forceLabel: true });
    const neighbour = nodeDisplay('c1', attrs('c1'), state);
    expect(neighbour.label).toMatch(/^China will pursue discussions.*…$/);
    expect(neighbour.color).not.toBe(FADED_NODE);
    expect(nodeDisplay('far', attrs('far'), state)).toMatchObject({ color: FADED_NODE, label: null });
    const incident = edgeDisplay('INVOLVES:c1->arf', graph.getEdgeAttributes('INVOLVES:c1->arf'), 'c1', 'arf', state);
    expect(incident.color).not.toBe(FADED_EDGE);
    const curated = edgeDisplay(
      'PART_OF:arf->asean',
      graph.getEdgeAttributes('PART_OF:arf->asean'),
      'arf',
      'asean',
      state,
    );
    expect(curated.color).toBe(EDGE_COLOR.curated);
  });

  it('marks a selected edge and its ends', () => {
    const state: DisplayState = { ...idle, selectedEdge: 'INVOLVES:c1->arf', edgeEnds: new Set(['c1', 'arf']) };
    expect(edgeDisplay('INVOLVES:c1->arf', graph.getEdgeAttributes('INVOLVES:c1->arf'), 'c1', 'arf', state).color).toBe(
      SELECTED_EDGE,
    );
    expect(
      edgeDisplay('PART_OF:arf->asean', graph.getEdgeAttributes('PART_OF:arf->asean'), 'arf', 'asean', state).color,
    ).toBe(FADED_EDGE);
    expect(nodeDisplay('c1', attrs('c1'), state).highlighted).toBe(true);
    expect(nodeDisplay('far', attrs('far'), state).color).toBe(FADED_NODE);
  });

  it('highlights search hits', () => {
    expect(nodeDisplay('asean', attrs('asean'), { ...idle, searchHits: new Set(['asean']) })).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
  });
});

/**
 * A small client graph for the explorer's tests
 * =============================================
 * A serialised graph as /api/graph sends it (a forum, its organisation, a commitment involving it, a far node …)
 * and the display state at rest: shared by the client-graph and display-rule tests.
 */
import type { SerializedGraph } from 'graphology-types';
import type { DisplayState } from '@/lib/explorer/graph/display';

export const serialized: SerializedGraph = {
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
        text: 'China will pursue discussions on cyber issues within the framework of ARF, and on cyber terrorism too.',
        kind: 'self',
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

export const idle: DisplayState = {
  visibleTypes: null,
  focus: null,
  focusNeighbors: new Set(),
  selectedNode: null,
  selectedEdge: null,
  edgeEnds: new Set(),
  searchHits: new Set(),
  highlight: new Set(),
};

/** Node table rows, the layout registry and the export legend's layout. */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { legendEntries, legendLayout } from '@/lib/explorer/export/legend';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import { LAYOUT_CATALOG } from '@/lib/explorer/layouts/catalog';
import { getLayout, LAYOUTS, layoutSettings } from '@/lib/explorer/layouts/registry';
import { describeCommitment, filterRows, nextSort, nodeRows, sortRows } from '@/lib/explorer/table/rows';

const graph = buildClientGraph({
  attributes: {},
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: 'arf',
      attributes: { label: 'ASEAN Regional Forum', type: 'forum', aliases: ['ARF'], x: 10, y: 0, centrality: 0.3 },
    },
    {
      key: 'un',
      attributes: { label: 'United Nations', type: 'organization', aliases: ['UN'], x: 0, y: 10, centrality: 0.5 },
    },
    {
      key: 'china',
      attributes: {
        label: "People's Republic of China",
        type: 'state',
        aliases: ['China'],
        x: -10,
        y: 0,
        centrality: 0.9,
      },
    },
  ],
  edges: [
    { key: 'a', source: 'china', target: 'arf', attributes: { type: 'MEMBER_OF', basis: 'curated', note: 'n' } },
    { key: 'b', source: 'china', target: 'un', attributes: { type: 'MEMBER_OF', basis: 'curated', note: 'n' } },
  ],
} satisfies SerializedGraph);

describe('node table', () => {
  const rows = nodeRows(graph);

  it('has one row per node with its degree and type name', () => {
    expect(rows.find((r) => r.id === 'china')).toMatchObject({ degree: 2, typeName: 'State' });
  });

  it('filters by label, id or alias, within the visible types', () => {
    expect(filterRows(rows, 'arf', () => true).map((r) => r.id)).toEqual(['arf']);
    expect(filterRows(rows, 'un', () => true).map((r) => r.id)).toEqual(['un']);
    expect(filterRows(rows, '', (type) => type === 'state').map((r) => r.id)).toEqual(['china']);
  });

  it('can keep only the highlighted nodes, with the other filters still applying', () => {
    const only = new Set(['arf', 'china']);
    expect(
      filterRows(rows, '', () => true, only)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['arf', 'china']);
    expect(filterRows(rows, '', (type) => type === 'state', only).map((r) => r.id)).toEqual(['china']);
    expect(filterRows(rows, 'un', () => true, only)).toEqual([]);
    expect(filterRows(rows, '', () => true, null)).toHaveLength(rows.length);
  });

  it('sorts by any column and flips on a second click', () => {
    expect(sortRows(rows, { key: 'centrality', direction: 'descending' }).map((r) => r.id)).toEqual([
      'china',
      'un',
      'arf',
    ]);
    expect(sortRows(rows, { key: 'label', direction: 'ascending' }).map((r) => r.id)).toEqual(['arf', 'china', 'un']);
    expect(nextSort({ key: 'label', direction: 'ascending' }, 'label')).toEqual({
      key: 'label',
      direction: 'descending',
    });
    expect(nextSort({ key: 'label', direction: 'ascending' }, 'degree')).toEqual({
      key: 'degree',
      direction: 'descending',
    });
  });
});

describe('node table: commitments', () => {
  const withCommitments = buildClientGraph({
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: 'c1',
        attributes: {
          label: 'China will work with SCO.',
          type: 'commitment',
          modalities: ['will', 'calls for'],
          kind: 'self',
        },
      },
      {
        key: 'c2',
        attributes: {
          label: 'Countries should cooperate.',
          type: 'commitment',
          modalities: ['should'],
          kind: 'others',
        },
      },
      { key: 'sco', attributes: { label: 'Shanghai Cooperation Organization', type: 'forum' } },
    ],
    edges: [],
  } satisfies SerializedGraph);
  const rows = nodeRows(withCommitments);

  it("says a commitment's verbs and whether it is asked of others; other rows have no detail", () => {
    expect(rows.map((r) => [r.id, r.detail])).toEqual([
      ['c1', 'will · calls for'],
      ['c2', 'should (asked of others)'],
      ['sco', ''],
    ]);
    expect(describeCommitment([], 'self')).toBe('');
  });

  it('filters on a verb that is not in the sentence itself', () => {
    expect(filterRows(rows, 'calls for', () => true).map((r) => r.id)).toEqual(['c1']);
    expect(filterRows(rows, 'asked of others', () => true).map((r) => r.id)).toEqual(['c2']);
  });
});

describe('layout registry', () => {
  it('describes every layout as data with a type and parameters', () => {
    for (const layout of LAYOUTS) {
      expect(['sync', 'worker']).toContain(layout.type);
      expect(Array.isArray(layout.parameters)).toBe(true);
    }
    expect(getLayout('forceatlas2').type).toBe('worker');
    expect(() => getLayout('nope')).toThrow(/^lib\/explorer\/layouts: unknown layout "nope"/);
  });

  it("is the toolbar's catalog, in its order, with the code that runs each layout", () => {
    const info = ({ id, label, type, description, parameters }: (typeof LAYOUT_CATALOG)[number]) => ({
      id,
      label,
      type,
      description,
      parameters,
    });
    expect(LAYOUTS.map(info)).toEqual(LAYOUT_CATALOG.map(info));
  });

  it('fills settings from defaults and ignores values of the wrong type', () => {
    const fa2 = getLayout('forceatlas2');
    expect(layoutSettings(fa2, { gravity: 3, linLogMode: 'yes' as unknown as boolean })).toMatchObject({
      gravity: 3,
      linLogMode: false,
      scalingRatio: 10,
    });
  });

  it('returns positions from sync layouts without touching the graph', () => {
    const circular = getLayout('circular');
    if (circular.type !== 'sync') throw new Error('expected a sync layout');
    const mapping = circular.run(graph, layoutSettings(circular));
    expect(Object.keys(mapping).sort()).toEqual(['arf', 'china', 'un']);
    expect(graph.getNodeAttribute('arf', 'x')).toBe(10);
    const initial = getLayout('initial');
    if (initial.type !== 'sync') throw new Error('expected a sync layout');
    graph.setNodeAttribute('arf', 'x', 99);
    expect(initial.run(graph, {}).arf).toEqual({ x: 10, y: 0 });
  });
});

describe('export legend', () => {
  it('sits where it is put, wide enough for its longest label, with a row per entry', () => {
    const box = legendLayout(
      [
        { kind: 'node', label: 'Forums', color: '#2e7d32' },
        { kind: 'edge', label: 'Curated (curved)', color: '#ff7043', curved: true },
      ],
      (text) => text.length * 7,
      { x: 800, y: 16 },
    );
    expect(box.rows).toHaveLength(2);
    expect([box.x, box.y]).toEqual([800, 16]);
    expect(box.width).toBeGreaterThan('Curated (curved)'.length * 7);
    expect(box.rows[0]!.y).toBeGreaterThan(box.y);
    expect(box.rows[1]!.y).toBeGreaterThan(box.rows[0]!.y);
    expect(box.rows[1]!.y).toBeLessThan(box.y + box.height);
  });

  it('lists the node types the graph has and the filter shows, in legend order, then the relationships', () => {
    const counts = new Map([
      ['forum', 11],
      ['state', 1],
      ['commitment', 117],
    ]);
    const labels = (types: Parameters<typeof legendEntries>[1]) => legendEntries(counts, types).map((e) => e.label);
    expect(labels(null)).toEqual(['Commitments', 'States', 'Forums', 'Stated in the text', 'Curated (curved)']);
    expect(labels(['forum', 'goal'])).toEqual(['Forums', 'Stated in the text', 'Curated (curved)']);
  });
});

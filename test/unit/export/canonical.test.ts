/**
 * Canonical export order: the same graph handed over in different orders (nodes, edges, attribute names: as the
 * memory store and Neo4j hand it over) exports byte-identical files in every format, nodes and edges in code-point
 * order of their keys.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, renderExport } from '@/lib/export';
import { canonicalGraph, canonicalNames } from '@/lib/export/canonical';
import { loadMemoryStore } from '@/lib/store/memory';

const reversedAttributes = (attributes: Attributes | undefined) =>
  Object.fromEntries(Object.entries(attributes ?? {}).reverse());

/** The same content in another order: nodes and edges reversed, each attribute object's names reversed. */
function reordered(serialized: SerializedGraph): SerializedGraph {
  return {
    options: serialized.options,
    attributes: reversedAttributes(serialized.attributes),
    nodes: [...serialized.nodes].reverse().map((n) => ({ key: n.key, attributes: reversedAttributes(n.attributes) })),
    edges: [...serialized.edges].reverse().map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: reversedAttributes(e.attributes),
    })),
  };
}

const VARIANTS = [
  ['json', 'json', undefined],
  ['csv edges', 'csv', 'edges'],
  ['csv nodes', 'csv', 'nodes'],
  ['gexf', 'gexf', undefined],
  ['graphml', 'graphml', undefined],
] as const;

const documentGraph = await loadMemoryStore('graph-data').exportGraph();

/** A small graph built by inserting the same nodes and edges in the given order. */
function tiny(order: 'forward' | 'backward'): SerializedGraph {
  const graph = new MultiDirectedGraph();
  const nodes: Array<[string, Attributes]> = [
    ['a', { label: 'Alpha', type: 'forum', aliases: ['A'], start: 3 }],
    ['B', { type: 'state', label: 'Beta', aliases: [] }],
    ['é', { aliases: ['E'], label: 'É', type: 'process' }],
    ['z', { label: 'Zed', type: 'forum', provenance: [{ documentId: 'd', quote: 'z', start: 0, end: 1 }] }],
  ];
  const edges: Array<[string, string, string, Attributes]> = [
    ['PART_OF:a->z', 'a', 'z', { type: 'PART_OF', basis: 'curated', note: 'n' }],
    ['INVOLVES:B->a', 'B', 'a', { basis: 'text', type: 'INVOLVES', provenance: [] }],
    ['INVOLVES:B->é', 'B', 'é', { type: 'INVOLVES', basis: 'text' }],
  ];
  const pick = <T>(list: T[]) => (order === 'forward' ? list : [...list].reverse());
  for (const [key, attributes] of pick(nodes))
    graph.addNode(key, order === 'forward' ? attributes : reversedAttributes(attributes));
  for (const [key, source, target, attributes] of pick(edges))
    graph.addDirectedEdgeWithKey(
      key,
      source,
      target,
      order === 'forward' ? attributes : reversedAttributes(attributes),
    );
  return graph.export();
}

describe('canonical export order', () => {
  it.each(VARIANTS)('%s: two insertion orders of one small graph give byte-identical files', (_, format, part) => {
    const a = renderExport(tiny('forward'), format, part ? { part } : {});
    const b = renderExport(tiny('backward'), format, part ? { part } : {});
    expect(a.body).toBe(b.body);
  });

  it.each(VARIANTS)('%s: the document graph, reordered, exports byte-identically', (_, format, part) => {
    const a = renderExport(documentGraph, format, part ? { part } : {});
    const b = renderExport(reordered(documentGraph), format, part ? { part } : {});
    expect(a.body.length).toBeGreaterThan(1000);
    expect(a.body).toBe(b.body);
  });

  it('covers every export format', () => {
    expect(new Set(VARIANTS.map(([, format]) => format))).toEqual(new Set(EXPORT_FORMATS));
  });

  it('orders nodes and edges by key in code-point order, not by the locale', () => {
    const graph = canonicalGraph(tiny('backward'));
    expect(graph.nodes.map((n) => n.key)).toEqual(['B', 'a', 'z', 'é']);
    expect(graph.edges.map((e) => e.key)).toEqual(['INVOLVES:B->a', 'INVOLVES:B->é', 'PART_OF:a->z']);
    const nodes = renderExport(tiny('backward'), 'csv', { part: 'nodes' }).body.split('\r\n');
    expect(nodes.slice(1, 5).map((line) => line.split(',')[0])).toEqual(['B', 'a', 'z', 'é']);
  });

  it('orders attribute names: id, label, type, the rest by code point, provenance last', () => {
    expect(canonicalNames(['provenance', 'x', 'type', 'aliases', 'Z', 'label', 'id'])).toEqual([
      'id',
      'label',
      'type',
      'Z',
      'aliases',
      'x',
      'provenance',
    ]);
    const json = JSON.parse(renderExport(tiny('backward'), 'json').body);
    expect(Object.keys(json.nodes[1].attributes)).toEqual(['label', 'type', 'aliases', 'start']);
  });

  it('does not change the graph it is given', () => {
    const serialized = tiny('backward');
    const before = JSON.stringify(serialized);
    canonicalGraph(serialized);
    expect(JSON.stringify(serialized)).toBe(before);
  });
});

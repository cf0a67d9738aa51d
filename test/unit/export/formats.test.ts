/**
 * Exports of the 2017 strategy graph: each format parses back with an independent reader to the same node and
 * edge counts, with provenance intact; plus the escaping cases the real data does not exercise.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { renderExport } from '@/lib/export';
import { csvField } from '@/lib/export/csv';
import { gexfColor } from '@/lib/export/gexf';
import { toGraphML } from '@/lib/export/graphml';
import { loadMemoryStore } from '@/lib/store/memory';

const store = loadMemoryStore('graph-data');
const serialized = await store.exportGraph();
const order = serialized.nodes.length;
const size = serialized.edges.length;
/** "China firmly opposes … and believes …": a commitment with two modalities. */
const TWO_VERBS = 'iscc-2017-ch3-1-s2';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'key', 'data', 'attvalue', 'attribute'].includes(name),
});

describe('GEXF export', () => {
  const file = renderExport(serialized, 'gexf');

  it('parses back with graphology-gexf to the same nodes and edges, provenance as JSON text', () => {
    expect(file).toMatchObject({ contentType: 'application/gexf+xml; charset=utf-8', filename: 'strategy-atlas.gexf' });
    const graph = parseGexf(MultiDirectedGraph, file.body);
    expect(graph.order).toBe(order);
    expect(graph.size).toBe(size);
    expect(graph.getNodeAttribute('arf', 'label')).toBe('ASEAN Regional Forum');
    expect(JSON.parse(graph.getNodeAttribute('arf', 'aliases'))).toContain('ARF');
    // A commitment's modalities, a list like aliases, as JSON text.
    expect(JSON.parse(graph.getNodeAttribute(TWO_VERBS, 'modalities'))).toEqual(['opposes', 'believes']);
    const provenance = JSON.parse(graph.getEdgeAttribute('SUBMITTED:sco->code-of-conduct', 'provenance'));
    expect(provenance[0]).toMatchObject({ documentId: 'iscc-2017', quote: expect.any(String) });
    expect(graph.getEdgeAttribute('PART_OF:arf->asean', 'type')).toBe('PART_OF');
    expect(typeof graph.getNodeAttribute('arf', 'x')).toBe('number');
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(file.body)).toBe(true);
  });

  it('writes each colour as r, g and b (NetworkX and GEXF 1.2 readers need them; `hex` alone fails there)', () => {
    const colours = [...file.body.matchAll(/<viz:color [^>]*>/g)].map(([element]) => element);
    expect(colours).toHaveLength(order);
    for (const element of colours) expect(element).toMatch(/^<viz:color r="\d+" g="\d+" b="\d+"\/>$/);
    const arf = serialized.nodes.find((node) => node.key === 'arf')?.attributes?.color as string;
    const graph = parseGexf(MultiDirectedGraph, file.body);
    expect(graph.getNodeAttribute('arf', 'color')).toBe(gexfColor(arf));
  });
});

describe('gexfColor', () => {
  it.each([
    ['#2e7d32', 'rgb(46,125,50)'],
    ['#FFF', 'rgb(255,255,255)'],
    ['rgb(1,2,3)', 'rgb(1,2,3)'],
    ['not a colour', 'not a colour'],
    [undefined, undefined],
  ])('%s → %s', (colour, written) => {
    expect(gexfColor(colour)).toBe(written);
  });
});

describe('GraphML export (hand-written writer)', () => {
  const file = renderExport(serialized, 'graphml');

  it('is well-formed XML with typed keys and the same node and edge counts', () => {
    expect(file).toMatchObject({
      contentType: 'application/graphml+xml; charset=utf-8',
      filename: 'strategy-atlas.graphml',
    });
    expect(XMLValidator.validate(file.body)).toBe(true);
    const doc = xml.parse(file.body).graphml;
    expect(doc.graph.node).toHaveLength(order);
    expect(doc.graph.edge).toHaveLength(size);
    const key = (domain: string, name: string) =>
      doc.key.find((k: Record<string, string>) => k['@for'] === domain && k['@attr.name'] === name);
    expect(key('node', 'label')['@attr.type']).toBe('string');
    expect(key('node', 'x')['@attr.type']).toBe('double');
    expect(key('node', 'start')['@attr.type']).toBe('int');
    // Sections number "3" or "IV", plan-of-action items 3: mixed kinds are written as strings.
    expect(key('node', 'number')['@attr.type']).toBe('string');
    expect(key('edge', 'count')['@attr.type']).toBe('int');
    expect(key('node', 'provenance')['@attr.type']).toBe('string');
  });

  it('parses back with graphology-graphml, attributes typed as declared', () => {
    const graph = parseGraphML(MultiDirectedGraph, file.body);
    expect(graph.order).toBe(order);
    expect(graph.size).toBe(size);
    expect(graph.hasEdge('PART_OF:arf->asean')).toBe(true);
    expect(graph.getNodeAttribute('iscc-2017-ch4-3-s3', 'start')).toBeTypeOf('number');
    expect(graph.getNodeAttribute('action-partnership-in-cyberspace', 'number')).toBe('3');
    const provenance = JSON.parse(graph.getNodeAttribute('iscc-2017-ch4-3-s3', 'provenance'));
    expect(provenance[0].quote).toMatch(/^China will pursue discussions/);
    expect(JSON.parse(graph.getNodeAttribute(TWO_VERBS, 'modalities'))).toEqual(['opposes', 'believes']);
  });

  it('escapes markup and drops characters XML forbids, keeps parallel edges apart', () => {
    const tricky: SerializedGraph = {
      attributes: {},
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [
        {
          key: 'a&b',
          attributes: { label: '<Tom & "Jerry\'s">', weird: 'bell\u0007 and \uD800 lone', flag: true, n: 2 ** 40 },
        },
        { key: 'c', attributes: { label: 'line\nbreak', flag: 'mixed', n: 1.5 } },
      ],
      edges: [
        { key: 'X:a&b->c', source: 'a&b', target: 'c', attributes: { type: 'X' } },
        { key: 'Y:a&b->c', source: 'a&b', target: 'c', attributes: { type: 'Y', list: ['p', 'q'] } },
      ],
    };
    const body = toGraphML(tricky);
    expect(XMLValidator.validate(body)).toBe(true);
    const graph = parseGraphML(MultiDirectedGraph, body);
    expect(graph.getNodeAttribute('a&b', 'label')).toBe('<Tom & "Jerry\'s">');
    expect(graph.getNodeAttribute('a&b', 'weird')).toBe('bell\uFFFD and \uFFFD lone');
    expect(graph.getNodeAttribute('c', 'label')).toBe('line\nbreak');
    expect(body).toContain('attr.name="flag" attr.type="string"');
    expect(body).toContain('attr.name="n" attr.type="double"');
    expect(graph.size).toBe(2);
    expect(JSON.parse(graph.getEdgeAttribute('Y:a&b->c', 'list'))).toEqual(['p', 'q']);
  });
});

describe('CSV export', () => {
  it('edges (default): one row per relationship with both ends, provenance as JSON', () => {
    const file = renderExport(serialized, 'csv');
    expect(file).toMatchObject({
      contentType: 'text/csv; charset=utf-8; header=present',
      filename: 'strategy-atlas-edges.csv',
    });
    const rows: Array<Record<string, string>> = parseCsv(file.body, { columns: true });
    expect(rows).toHaveLength(size);
    expect(Object.keys(rows[0] ?? {}).slice(0, 8)).toEqual([
      'id',
      'source',
      'target',
      'relation',
      'source_label',
      'source_type',
      'target_label',
      'target_type',
    ]);
    const submitted = rows.find((row) => row.id === 'SUBMITTED:sco->code-of-conduct');
    expect(submitted).toMatchObject({
      source: 'sco',
      target: 'code-of-conduct',
      relation: 'SUBMITTED',
      source_label: 'Shanghai Cooperation Organization',
    });
    expect(JSON.parse(submitted?.provenance ?? '[]')[0].documentId).toBe('iscc-2017');
  });

  it('nodes: one row per node, quotes and commas survive the round trip', () => {
    const file = renderExport(serialized, 'csv', { part: 'nodes' });
    expect(file.filename).toBe('strategy-atlas-nodes.csv');
    const rows: Array<Record<string, string>> = parseCsv(file.body, { columns: true });
    expect(rows).toHaveLength(order);
    const commitment = rows.find((row) => row.id === 'iscc-2017-ch4-3-s3');
    const original = serialized.nodes.find((n) => n.key === 'iscc-2017-ch4-3-s3')?.attributes as Record<
      string,
      unknown
    >;
    expect(commitment?.text).toBe(original.text);
    expect(commitment?.text).toContain(',');
    expect(Number(commitment?.start)).toBe(original.start);
    expect(JSON.parse(rows.find((row) => row.id === TWO_VERBS)?.modalities ?? '[]')).toEqual(['opposes', 'believes']);
  });

  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('JSON export', () => {
  it('is graphology’s serialisation with provenance, importable as is', () => {
    const file = renderExport(serialized, 'json');
    expect(file).toMatchObject({ contentType: 'application/json; charset=utf-8', filename: 'strategy-atlas.json' });
    const graph = MultiDirectedGraph.from(JSON.parse(file.body));
    expect(graph.order).toBe(order);
    expect(graph.size).toBe(size);
    expect(graph.getNodeAttribute('arf', 'provenance')[0]).toMatchObject({
      documentId: 'iscc-2017',
      quote: expect.any(String),
    });
    expect(graph.getAttribute('creator')).toBe('Strategy Atlas');
    expect(graph.getNodeAttribute(TWO_VERBS, 'modalities')).toEqual(['opposes', 'believes']);
  });
});

describe('export options', () => {
  it('refuses an unknown CSV part, naming the field', () => {
    expect(() => renderExport(serialized, 'csv', { part: 'both' as never })).toThrow(
      expect.objectContaining({ status: 400, field: 'part' }),
    );
  });
});

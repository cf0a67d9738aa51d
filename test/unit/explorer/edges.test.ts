/** Edge depiction: the canvas and both legends draw each relationship kind the same way (shape, colour, no dashes). */
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { edgeLegendEntries } from '@/lib/explorer/export/legend';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import { EDGE_DEPICTION, edgeSample, isCurved } from '@/lib/explorer/graph/edges';

const serialized: SerializedGraph = {
  attributes: {},
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    { key: 'arf', attributes: { label: 'ARF', type: 'forum' } },
    { key: 'asean', attributes: { label: 'ASEAN', type: 'organization' } },
    { key: 'c1', attributes: { label: 'A sentence.', type: 'commitment' } },
  ],
  edges: [
    { key: 'PART_OF:arf->asean', source: 'arf', target: 'asean', attributes: { type: 'PART_OF', basis: 'curated' } },
    { key: 'INVOLVES:c1->arf', source: 'c1', target: 'arf', attributes: { type: 'INVOLVES', basis: 'text' } },
  ],
};

describe('edge depiction', () => {
  it('is what the canvas draws: curated edges with the curved program, text ones straight', () => {
    const graph = buildClientGraph(serialized);
    const curated = graph.getEdgeAttributes('PART_OF:arf->asean');
    const text = graph.getEdgeAttributes('INVOLVES:c1->arf');
    expect(curated).toMatchObject({
      type: EDGE_DEPICTION.curated.program,
      color: EDGE_DEPICTION.curated.color,
      size: EDGE_DEPICTION.curated.size,
    });
    expect(text).toMatchObject({ type: EDGE_DEPICTION.text.program, color: EDGE_DEPICTION.text.color });
    expect(curated.type).toBe('curved');
    expect(isCurved(EDGE_DEPICTION.curated)).toBe(true);
    expect(isCurved(EDGE_DEPICTION.text)).toBe(false);
  });

  it('gives the PNG legend the same shapes and a name in words, never a dash', () => {
    const entries = edgeLegendEntries();
    expect(entries).toEqual([
      { kind: 'edge', label: 'Stated in the text', color: EDGE_DEPICTION.text.color, curved: false },
      { kind: 'edge', label: 'Curated (curved)', color: EDGE_DEPICTION.curated.color, curved: true },
    ]);
    for (const entry of entries) expect(entry).not.toHaveProperty('dashed');
  });

  it('draws a straight sample as a line and a curved one as a quadratic curve, each ending in an arrowhead', () => {
    const straight = edgeSample(false, 36, 12);
    expect(straight.line).toMatch(/^M[\d.]+ 6 L[\d.]+ 6$/);
    const curved = edgeSample(true, 36, 12);
    expect(curved.line).toMatch(/^M[\d.]+ [\d.]+ Q[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
    for (const sample of [straight, curved]) {
      // A closed triangle whose tip is the box's right end.
      expect(sample.head).toMatch(/^M35 [\d.]+ L[\d.-]+ [\d.-]+ L[\d.-]+ [\d.-]+ Z$/);
    }
    // The curve bows: its control point lies above both ends.
    const [, startY, controlY] = /^M[\d.]+ ([\d.]+) Q[\d.]+ (-?[\d.]+)/.exec(curved.line) ?? [];
    expect(Number(controlY)).toBeLessThan(Number(startY));
  });

  it('refuses a box too small for an arrowhead', () => {
    expect(() => edgeSample(true, 4, 12)).toThrow(/^lib\/explorer\/graph\/edges: /);
  });
});

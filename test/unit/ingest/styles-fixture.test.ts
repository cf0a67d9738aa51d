/**
 * The yield of two made-up documents in styles the 2017 strategy does not use (test/fixtures/styles): a US-style
 * strategy ("Pillar One", "Strategic Objective 1.1:", footnote markers, "the U.S. Government", em-dash asides) and a
 * translated-style doctrine ("shall", "Measures shall be taken to …", "proceeds from", "It is necessary to …").
 * It pins what the general rules fixed for them, so a later rule change that breaks a style shows here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';

let kg: KnowledgeGraph;
beforeAll(() => {
  kg = buildKnowledgeGraph(readInputs('test/fixtures/styles'));
});

const commitmentsOf = (documentId: string) =>
  kg.graph
    .filterNodes((id, a) => a.type === 'commitment' && id.startsWith(`${documentId}-`))
    .map((id) => kg.graph.getNodeAttributes(id) as unknown as Record<string, unknown> & { id: string; text: string });
const itemsOf = (documentId: string, type: string) =>
  kg.graph.filterNodes((_, a) => a.type === type && 'documentId' in a && a.documentId === documentId).sort();

describe('a US-style strategy', () => {
  it('defines a goal for each "Strategic Objective n.m:" under its "Pillar One", "Pillar Two"', () => {
    expect(itemsOf('us-style-2023', 'goal')).toEqual([
      'goal-counter-ransomware',
      'goal-establish-cybersecurity-requirements',
      'goal-integrate-federal-disruption-activities',
      'goal-scale-public-private-collaboration',
    ]);
    expect(kg.graph.hasNode('us-style-2023-ch1-1')).toBe(true);
    expect(kg.graph.hasNode('us-style-2023-ch5')).toBe(true);
  });

  it('yields its commitments by kind, the footnote markers kept with the sentence they annotate', () => {
    const commitments = commitmentsOf('us-style-2023');
    const byKind = (kind: string) => commitments.filter((c) => c.kind === kind).length;
    expect([byKind('self'), byKind('others')]).toEqual([13, 4]);
    const texts = commitments.map((c) => c.text);
    expect(texts).toContain(
      'The Administration will rebalance the responsibility to defend cyberspace toward those most capable of bearing it.[2]',
    );
    expect(texts).toContain('Where gaps remain, the Administration will work with Congress to close them.');
    expect(texts.some((text) => /^[¹²\d]/.test(text))).toBe(false);
  });

  it('reads "the U.S. Government" as the issuer, with no mention of a stakeholder group', () => {
    const [government] = commitmentsOf('us-style-2023').filter((c) => c.subject === 'The U.S. Government');
    expect(government).toMatchObject({ kind: 'self', modality: 'will' });
    expect(kg.graph.outNeighbors(government!.id)).toEqual([]);
    expect(kg.graph.inNeighbors(government!.id)).toContain('united-states');
  });
});

describe('a translated-style doctrine', () => {
  const find = (start: string) => commitmentsOf('ruritania-2021').find((c) => c.text.startsWith(start));

  it('reads its decree-style plans, positions and impersonal norms', () => {
    expect(find('Measures shall be taken')).toMatchObject({ kind: 'self', modality: 'will' });
    expect(find('The Republic of Ruritania proceeds from')).toMatchObject({ kind: 'self', modality: 'believes' });
    expect(find('It is necessary to')).toMatchObject({ kind: 'others', modality: 'is important' });
    expect(find('The Republic of Ruritania shall:')).toMatchObject({ kind: 'self', modality: 'will' });
    expect(find('Each state has the right')).toMatchObject({ kind: 'others', modality: 'is entitled to' });
  });

  it('yields its principles and actions, and its commitments by kind', () => {
    expect(itemsOf('ruritania-2021', 'principle')).toEqual(['principle-non-interference', 'principle-sovereignty']);
    expect(itemsOf('ruritania-2021', 'action')).toHaveLength(2);
    const commitments = commitmentsOf('ruritania-2021');
    const byKind = (kind: string) => commitments.filter((c) => c.kind === kind).length;
    expect([byKind('self'), byKind('others')]).toEqual([9, 3]);
  });
});

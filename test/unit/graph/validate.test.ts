/** Graph validation: the checks that protect every store and export from a malformed graph. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue, type DataIssue } from '@/lib/graph/errors';
import { validateKnowledgeGraph } from '@/lib/graph/validate';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';
import { miniInputs } from '../../support/data';

function fresh(): KnowledgeGraph {
  return buildKnowledgeGraph(miniInputs());
}

function problems(kg: KnowledgeGraph): string[] {
  try {
    validateKnowledgeGraph(kg);
    return [];
  } catch (error) {
    if (!(error instanceof AtlasDataError)) throw error;
    return error.issues.map((issue) => `${issue.field}: ${issue.message}`);
  }
}

describe('validateKnowledgeGraph', () => {
  it('accepts a built graph', () => {
    expect(problems(fresh())).toEqual([]);
  });

  it('catches a quote that is not source.slice(start, end)', () => {
    const kg = fresh();
    kg.graph.updateNodeAttribute('atlantis-2020-ch2-1-s1', 'provenance', (p) => [
      { ...p![0]!, quote: 'Atlantis will not work.' },
    ]);
    expect(problems(kg)).toContainEqual(
      expect.stringMatching(/node "atlantis-2020-ch2-1-s1": provenance quote is not the text at/),
    );
  });

  it('catches an unknown node type', () => {
    const kg = fresh();
    kg.graph.setNodeAttribute('un', 'type', 'club' as never);
    expect(problems(kg)).toContainEqual(expect.stringMatching(/node "un": unknown type "club"/));
  });

  it('names the curation entry of a curated relationship between the wrong types', () => {
    const kg = fresh();
    kg.graph.addDirectedEdgeWithKey('MEMBER_OF:un-charter->un', 'un-charter', 'un', {
      type: 'MEMBER_OF',
      basis: 'curated',
      note: 'x',
      provenance: [],
    });
    const origin = { file: 'curation.yaml', line: 7, field: 'relations[2]' };
    try {
      validateKnowledgeGraph(kg, { locate: (key) => (key === 'MEMBER_OF:un-charter->un' ? origin : undefined) });
      expect.unreachable();
    } catch (error) {
      expect((error as AtlasDataError).issues.map(formatIssue)).toEqual([
        'curation.yaml:7: relations[2]: MEMBER_OF cannot join an instrument ("un-charter") to an organization ("un")',
      ]);
    }
  });

  it('names the curation entry of a stated fact whose quote lies outside the section it cites', () => {
    const kg = fresh();
    const text = kg.texts.get('atlantis-2020')!.text;
    const start = text.indexOf('The UN matters.');
    kg.graph.addDirectedEdgeWithKey('MEMBER_OF:atlantis->un', 'atlantis', 'un', {
      type: 'MEMBER_OF',
      basis: 'text',
      provenance: [
        {
          documentId: 'atlantis-2020',
          sectionId: 'atlantis-2020-preface',
          quote: 'The UN matters.',
          start,
          end: start + 15,
        },
      ],
    });
    const origin = { file: 'curation.yaml', line: 4, field: 'relations[1]' };
    try {
      validateKnowledgeGraph(kg, { locate: (key) => (key === 'MEMBER_OF:atlantis->un' ? origin : undefined) });
      expect.unreachable();
    } catch (error) {
      expect((error as AtlasDataError).issues.map(formatIssue)).toEqual([
        `curation.yaml:4: relations[1]: provenance ${start}–${start + 15} lies outside its section "atlantis-2020-preface"`,
      ]);
    }
  });

  it('catches a relationship between the wrong types', () => {
    const kg = fresh();
    kg.graph.addDirectedEdgeWithKey('MAKES:un->ungge', 'un', 'ungge', {
      type: 'MAKES',
      basis: 'curated',
      note: 'x',
      provenance: [],
    });
    expect(problems(kg)).toContainEqual(
      'edge "MAKES:un->ungge": MAKES cannot join an organization ("un") to a process ("ungge")',
    );
  });

  it('refuses a person as either end of PART_OF (a person is a member or the head of a body, not a part)', () => {
    const kg = fresh();
    kg.graph.addNode('envoy', {
      id: 'envoy',
      type: 'person',
      label: 'An Envoy',
      aliases: [],
      basis: 'curated',
      note: 'x',
      provenance: [],
    });
    kg.graph.addDirectedEdgeWithKey('PART_OF:envoy->un', 'envoy', 'un', {
      type: 'PART_OF',
      basis: 'curated',
      note: 'x',
      provenance: [],
    });
    expect(problems(kg)).toContainEqual(
      'edge "PART_OF:envoy->un": PART_OF cannot join a person ("envoy") to an organization ("un")',
    );
  });

  it('catches a name shared by two entities and a dangling provenance section', () => {
    const kg = fresh();
    kg.graph.setNodeAttribute('ungge', 'aliases', ['UNGGE', 'UN']);
    kg.graph.updateNodeAttribute('un', 'provenance', (p) => [{ ...p![0]!, sectionId: 'nowhere' }]);
    const found = problems(kg);
    expect(found).toContainEqual(expect.stringMatching(/name "UN" is also a name of/));
    expect(found).toContainEqual(expect.stringMatching(/provenance names "nowhere", which is not a section/));
  });

  it('catches names of two entities that differ only in case, as search compares them', () => {
    const kg = fresh();
    kg.graph.setNodeAttribute('ungge', 'aliases', ['UNGGE', 'Un']);
    expect(problems(kg)).toContainEqual('node "ungge": name "Un" is also a name of "un"');
  });

  it("catches a commitment's modalities that do not open with its modality or repeat one", () => {
    const kg = fresh();
    const id = kg.graph.filterNodes((_id, a) => a.type === 'commitment')[0]!;
    const modality = kg.graph.getNodeAttribute(id, 'modality' as never) as string;
    kg.graph.setNodeAttribute(id, 'modalities' as never, ['hopes', modality] as never);
    expect(problems(kg)).toContainEqual(`node "${id}".modalities.0: must be the modality "${modality}"`);
    kg.graph.setNodeAttribute(id, 'modalities' as never, [modality, modality] as never);
    expect(problems(kg)).toContainEqual(`node "${id}".modalities: must not repeat a modality`);
    kg.graph.setNodeAttribute(id, 'modalities' as never, [] as never);
    expect(problems(kg)).toContainEqual(expect.stringMatching(new RegExp(`node "${id}".modalities: `)));
  });

  it('catches a curated edge without a note', () => {
    const kg = fresh();
    kg.graph.addDirectedEdgeWithKey('PART_OF:ungge->un', 'ungge', 'un', {
      type: 'PART_OF',
      basis: 'curated',
      provenance: [],
    });
    expect(problems(kg)).toContainEqual(
      expect.stringMatching(/edge "PART_OF:ungge->un"\.note: a curated relationship needs a note/),
    );
  });

  it('a PART_OF cycle without a known origin is still caught', () => {
    const kg = fresh();
    for (const [source, target] of [
      ['un', 'ungge'],
      ['ungge', 'un'],
    ] as const)
      kg.graph.addDirectedEdgeWithKey(`PART_OF:${source}->${target}`, source, target, {
        type: 'PART_OF',
        basis: 'curated',
        note: 'x',
        provenance: [],
      });
    expect(problems(kg)).toEqual(['PART_OF: PART_OF forms a cycle through "un", "ungge"']);
  });

  it('a PART_OF cycle from the curation names its file, line and entry, and the other entries in it', () => {
    const curation = `relations:
  - {source: un-charter, type: PART_OF, target: un, basis: curated, note: not in the cycle}
  - source: un
    type: PART_OF
    target: ungge
    basis: curated
    note: wrong on purpose
  - {source: ungge, type: PART_OF, target: un, basis: curated, note: the UNGGE is a UN process}
`;
    let issues: DataIssue[] = [];
    try {
      buildKnowledgeGraph(miniInputs({ curation }));
    } catch (error) {
      if (!(error instanceof AtlasDataError)) throw error;
      issues = error.issues;
    }
    expect(issues.map(formatIssue)).toEqual([
      'curation.yaml:3: relations[1]: PART_OF forms a cycle through "un", "ungge" (with relations[2] at line 8)',
    ]);
  });
});

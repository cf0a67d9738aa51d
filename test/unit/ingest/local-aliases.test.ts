/**
 * Local aliases (lib/ingest/gazetteer.ts, mentions.ts, entities.ts): a name that stands for an entity in one
 * document's text only is found there and nowhere else, is shown and searched like an alias, and is refused when it
 * clashes with another name or names no document. Made-up data.
 */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { parseGazetteer } from '@/lib/ingest/gazetteer';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs, secondMiniDocument } from '../../support/data';

/** An initiative of Atlantis that its own strategy calls "the programme"; another document's programme is not it. */
const PROGRAMME = `  - id: atlantis-programme
    type: initiative
    label: Atlantis Cyber Programme
    localAliases:
      atlantis-2020: [the programme]
`;
const FIRST = MINI_DOCUMENT.replace('It supports the UN.', 'It supports the UN and the programme.');

function build(gazetteer: string) {
  const inputs = miniInputs({ gazetteer, document: FIRST });
  inputs.documents.push(secondMiniDocument('States should fund the programme of the UN.'));
  return buildKnowledgeGraph(inputs);
}

/** The formatted problems of building with `gazetteer`, or of only parsing it. */
function problems(gazetteer: string, only: 'build' | 'parse' = 'build'): string[] {
  try {
    if (only === 'parse') parseGazetteer({ file: 'gazetteer.yaml', text: gazetteer });
    else build(gazetteer);
    return [];
  } catch (error) {
    if (!(error instanceof AtlasDataError)) throw error;
    return error.issues.map(formatIssue);
  }
}

describe('local aliases', () => {
  it("are found in their document's text only", () => {
    const { graph, texts } = build(MINI_GAZETTEER + PROGRAMME);
    const quoted = graph
      .getNodeAttribute('atlantis-programme', 'provenance')
      .map((p) => `${p.documentId}: ${texts.get(p.documentId)?.text.slice(p.start, p.end)}`);
    expect(quoted).toEqual(['atlantis-2020: It supports the UN and the programme.']);
    // The second document's "programme of the UN" names the UN only.
    const named = graph.outNeighbors('union-2021-summary');
    expect(named).toContain('un');
    expect(named).not.toContain('atlantis-programme');
  });

  it('are shown and searched like aliases', () => {
    const { graph } = build(MINI_GAZETTEER + PROGRAMME);
    expect(graph.getNodeAttribute('atlantis-programme', 'aliases')).toEqual([
      'the programme',
      'Atlantis Cyber Programme',
    ]);
  });

  it("are refused as another entity's, even for another document (an alias names one node)", () => {
    const union = `  - id: un-programme
    type: initiative
    label: UN development programme
    localAliases:
      union-2021: [the programme]
`;
    expect(problems(MINI_GAZETTEER + PROGRAMME + union, 'parse')).toEqual([
      'gazetteer.yaml:27: entities[5].localAliases.union-2021[0]: local alias "the programme" of "un-programme" is already a local alias of "atlantis-programme" in "atlantis-2020" (line 22)',
    ]);
  });

  it('are refused for a document that is not among the sources, naming the field', () => {
    expect(problems(MINI_GAZETTEER + PROGRAMME.replace('atlantis-2020:', 'atlantis-2002:'))).toContain(
      'gazetteer.yaml:18: entities[4].localAliases.atlantis-2002: local aliases of "atlantis-programme" are given for "atlantis-2002", which is no document\'s id (atlantis-2020, union-2021)',
    );
  });

  it('are refused when they are a name in force in every document', () => {
    expect(problems(MINI_GAZETTEER + PROGRAMME.replace('[the programme]', '[UNGGE]'), 'parse')).toEqual([
      'gazetteer.yaml:22: entities[4].localAliases.atlantis-2020[0]: local alias "UNGGE" of "atlantis-programme" is already a name of "ungge" in every document (line 13)',
    ]);
    expect(
      problems(MINI_GAZETTEER + PROGRAMME.replace('[the programme]', '[Atlantis Cyber Programme]'), 'parse'),
    ).toEqual([
      'gazetteer.yaml:22: entities[4].localAliases.atlantis-2020[0]: local alias "Atlantis Cyber Programme" of "atlantis-programme" is already one of its names in every document (line 20): give it in one place',
    ]);
  });

  it('need at least one name and a valid document id', () => {
    expect(problems(MINI_GAZETTEER + PROGRAMME.replace('[the programme]', '[]'), 'parse')[0]).toMatch(
      /^gazetteer\.yaml:22: entities\[4\]\.localAliases\.atlantis-2020: /,
    );
    expect(problems(MINI_GAZETTEER + PROGRAMME.replace('atlantis-2020:', 'Bad Id!:'), 'parse')[0]).toMatch(
      /entities\[4\]\.localAliases/,
    );
  });
});

/**
 * Mentions in another case: a capitalised name of one document ("Member States", a body) found in lower case in
 * another ("the member states of a group") is reported at the entity, with the document and line; made-up data.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs, secondMiniDocument } from '../../support/data';

const GAZETTEER = `${MINI_GAZETTEER}  - id: member-states
    type: stakeholder
    label: Member States of the Union
    aliases: [Member States]
`;

function problems(gazetteer: string, first = MINI_DOCUMENT): string[] {
  const inputs = miniInputs({ gazetteer, document: first });
  inputs.documents.push(secondMiniDocument('Member States should share threat information. Governments should act.'));
  try {
    buildKnowledgeGraph(inputs);
    return [];
  } catch (error) {
    if (!(error instanceof AtlasDataError)) throw error;
    return error.issues.map(formatIssue);
  }
}

describe('checkMentionCase', () => {
  const leaking = MINI_DOCUMENT.replace('The UN matters.', 'The UN matters to its member states and Member States.');

  it('reports a capitalised name found in lower case in another document, where it names something else', () => {
    expect(problems(GAZETTEER, leaking)).toEqual([
      'gazetteer.yaml:18: entities[4]: "Member States" of "member-states" is found as "member states" once in sources/atlantis-2020.md (line 17), where no name of it is written so: if only "Member States" is meant, list it under caseSensitive; if "member states" is "member-states" too, add it as an alias (or suppress that mention in curation.yaml)',
    ]);
  });

  it('is answered by caseSensitive or by the lower-case name as an alias; a capital at a sentence start is fine', () => {
    expect(problems(GAZETTEER.concat('    caseSensitive: [Member States]\n'), leaking)).toEqual([]);
    expect(problems(GAZETTEER.replace('[Member States]', '[Member States, member states]'), leaking)).toEqual([]);
    // "Governments should …" is the lower-case name "governments" at a sentence's start.
    const governments = '  - id: governments\n    type: stakeholder\n    label: governments\n';
    expect(problems(GAZETTEER.concat(governments))).toEqual([]);
  });
});

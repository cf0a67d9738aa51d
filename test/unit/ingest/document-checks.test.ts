/** Document checks before the build: the issuer is an actor, and the ids a document derives are still free. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs } from '../../support/data';

function problemsOf(inputs: ReturnType<typeof miniInputs>): string[] {
  try {
    buildKnowledgeGraph(inputs);
  } catch (error) {
    if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected the build to fail');
}

const withEntity = (id: string) =>
  `${MINI_GAZETTEER}  - id: ${id}\n    type: forum\n    label: Clash Forum\n    basis: curated\n    note: test\n`;

describe('claimDocumentIds', () => {
  it('an entity holding a section id is named, not a crash', () => {
    expect(problemsOf(miniInputs({ gazetteer: withEntity('atlantis-2020-ch1') }))).toEqual([
      'sources/atlantis-2020.md:15: the section "Chapter I. Context" needs the id "atlantis-2020-ch1", which is already the gazetteer entity at gazetteer.yaml:18: rename one of them',
    ]);
  });

  it('an entity holding the id of what a section defines is named, not silently renamed', () => {
    expect(problemsOf(miniInputs({ gazetteer: withEntity('action-working-with-the-un') }))).toEqual([
      expect.stringMatching(
        /^sources\/atlantis-2020\.md:21: the action of "1\. Working with the UN" needs the id "action-working-with-the-un", which is already the gazetteer entity at gazetteer\.yaml:18/,
      ),
    ]);
  });

  it("an entity holding a sentence's id is named at the section", () => {
    expect(problemsOf(miniInputs({ gazetteer: withEntity('atlantis-2020-ch2-1-s1') }))).toEqual([
      expect.stringMatching(/^sources\/atlantis-2020\.md:21: a sentence of section "atlantis-2020-ch2-1" needs the id/),
    ]);
  });

  it('two sections defining one item are named, the second at its line', () => {
    const document = `${MINI_DOCUMENT}\n## 2. Working with the UN\n\nAtlantis will help.\n`;
    expect(problemsOf(miniInputs({ document }))).toEqual([
      'sources/atlantis-2020.md:25: the action of "2. Working with the UN" needs the id "action-working-with-the-un", which the heading at line 21 defines already: name them apart',
    ]);
  });
});

describe('issuerOf', () => {
  it('refuses an issuer that is not an actor (it would make commitments)', () => {
    const document = MINI_DOCUMENT.replace('issuerId: atlantis', 'issuerId: un-charter');
    expect(problemsOf(miniInputs({ document }))).toEqual([
      'sources/atlantis-2020.md:5: issuerId: "un-charter" is an instrument; the issuer makes the document\'s commitments, so it must be an actor (state, person, organization, forum, process, stakeholder)',
    ]);
  });
});

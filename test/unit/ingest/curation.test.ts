/** Curation: facts of the text located by quote, curated knowledge with notes, added INVOLVES, suppressions. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { miniInputs } from '../../support/data';

const build = (curation: string) => buildKnowledgeGraph(miniInputs({ curation }));

describe('curation', () => {
  it('turns a quoted fact into a text relationship with provenance', () => {
    const { graph, texts } = build(`relations:
  - source: atlantis
    type: MEMBER_OF
    target: un
    basis: text
    document: atlantis-2020
    quote: Atlantis will work in the UNGGE.
`);
    const [p] = graph.getEdgeAttribute('MEMBER_OF:atlantis->un', 'provenance');
    expect(p?.sectionId).toBe('atlantis-2020-ch2-1');
    expect(texts.get('atlantis-2020')!.text.slice(p!.start, p!.end)).toBe('Atlantis will work in the UNGGE.');
  });

  it('rejects a quote that is not in the document, naming the line', () => {
    expect(() =>
      build(`relations:
  - source: atlantis
    type: MEMBER_OF
    target: un
    basis: text
    document: atlantis-2020
    quote: Atlantis joined the UN in 1946.
`),
    ).toThrow(
      /curation\.yaml:2: relations\[0\]\.quote: the quote must occur exactly once in "atlantis-2020" \(not found\)/,
    );
  });

  it('rejects curated knowledge without a note, and unknown ids', () => {
    expect(() => build('relations:\n  - {source: ungge, type: PART_OF, target: un, basis: curated}\n')).toThrow(
      /relations\[0\]\.note: a curated relationship needs a note/,
    );
    expect(() =>
      build('relations:\n  - {source: ungge, type: PART_OF, target: unesco, basis: curated, note: x}\n'),
    ).toThrow(/unknown node id "unesco"/);
  });

  it('refuses a note or reason that is a passage, not a short text, naming its field and length', () => {
    const long = 'why '.repeat(600).trim();
    expect(() =>
      build(`relations:\n  - {source: ungge, type: PART_OF, target: un, basis: curated, note: ${long}}\n`),
    ).toThrow(/relations\[0\]\.note: a note is at most 2000 characters \(this one has 2399\)/);
    expect(() => build(`involves:\n  - {commitment: x, entity: un, reason: ${long}}\n`)).toThrow(
      /involves\[0\]\.reason: a reason is at most 2000 characters/,
    );
  });

  it('refuses structural relationship types (they come from the text only)', () => {
    expect(() => build('relations:\n  - {source: ungge, type: MAKES, target: un, basis: curated, note: x}\n')).toThrow(
      /relations\[0\]\.type/,
    );
  });

  it('rejects a PART_OF cycle', () => {
    expect(() =>
      build(`relations:
  - {source: ungge, type: PART_OF, target: un, basis: curated, note: a}
  - {source: un, type: PART_OF, target: ungge, basis: curated, note: b}
`),
    ).toThrow(/PART_OF forms a cycle through "(un|ungge)", "(un|ungge)"/);
  });

  it('adds a curated INVOLVES with its reason, and suppresses a false mention', () => {
    const { graph } = build(`involves:
  - {commitment: atlantis-2020-ch2-1-s2, entity: ungge, reason: the UN work meant is the UNGGE}
suppressMentions:
  - {entity: un, document: atlantis-2020, context: It supports the UN., reason: test}
`);
    expect(graph.getEdgeAttributes('INVOLVES:atlantis-2020-ch2-1-s2->ungge')).toMatchObject({
      basis: 'curated',
      note: 'the UN work meant is the UNGGE',
    });
    expect(graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s2->un')).toBe(false);
  });

  const problemsOf = (curation: string): string[] => {
    try {
      build(curation);
    } catch (error) {
      if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
      throw error;
    }
    throw new Error('expected the build to fail');
  };

  it('refuses a relationship stated twice: the second note (or date, or basis) would be dropped silently', () => {
    expect(
      problemsOf(`relations:
  - {source: ungge, type: PART_OF, target: un, basis: curated, note: first}
  - {source: atlantis, type: MEMBER_OF, target: un, basis: curated, note: other}
  - {source: ungge, type: PART_OF, target: un, basis: curated, note: second}
`),
    ).toEqual([
      'curation.yaml:4: relations[2]: the same PART_OF from "ungge" to "un" as relations[0] (line 2): state each relationship once',
    ]);
  });

  it('refuses a relationship the documents yield already (the issuer ISSUED its document)', () => {
    expect(
      problemsOf('relations:\n  - {source: atlantis, type: ISSUED, target: atlantis-2020, basis: curated, note: x}\n'),
    ).toEqual([
      'curation.yaml:2: relations[0]: ISSUED from "atlantis" to "atlantis-2020" is in the graph already (the documents yield it): the entry is not needed',
    ]);
  });

  it('refuses an INVOLVES stated twice, or one the sentence yields already (its reason would be dropped)', () => {
    expect(
      problemsOf(`involves:
  - {commitment: atlantis-2020-ch2-1-s2, entity: ungge, reason: first}
  - {commitment: atlantis-2020-ch2-1-s2, entity: ungge, reason: second}
  - {commitment: atlantis-2020-ch2-1-s2, entity: un, reason: the sentence names it}
`),
    ).toEqual([
      'curation.yaml:3: involves[1]: the same as involves[0] (line 2): state each one once',
      'curation.yaml:4: involves[2]: "atlantis-2020-ch2-1-s2" involves "un" already (its sentence names it): the entry is not needed',
    ]);
  });

  it("refuses an INVOLVES of a commitment's own maker, as the text never yields one", () => {
    expect(
      problemsOf('involves:\n  - {commitment: atlantis-2020-ch2-1-s2, entity: atlantis, reason: it is Atlantis}\n'),
    ).toEqual([
      'curation.yaml:2: involves[0].entity: "atlantis" makes "atlantis-2020-ch2-1-s2": the maker of a commitment of its own is never a party involved in it',
    ]);
  });

  it('rejects a suppression whose context does not hold a mention of the entity', () => {
    expect(() =>
      build(
        'suppressMentions:\n  - {entity: ungge, document: atlantis-2020, context: It supports the UN., reason: x}\n',
      ),
    ).toThrow(/no mention of "ungge" inside this context/);
  });

  it('names an unknown entity in a suppression as unknown, not as missing from its context', () => {
    expect(
      problemsOf(
        'suppressMentions:\n  - {entity: ungee, document: atlantis-2020, context: It supports the UN., reason: x}\n',
      ),
    ).toEqual(['curation.yaml:2: suppressMentions[0].entity: unknown entity "ungee" (not in the gazetteer)']);
  });

  it('checks each entry on its own: two bad entries and a good one with an unknown id, all reported', () => {
    const problems = (() => {
      try {
        build(`relations:
  - {source: ungge, type: PART_OF, target: un, basis: curated, note: fine, date: 2015-13}
  - {source: ungge, type: PART_OF, basis: curated, note: no target}
  - {source: ungge, type: PART_OF, target: nowhere, basis: curated, note: unknown}
`);
      } catch (error) {
        if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
        throw error;
      }
      return [];
    })();
    expect(problems).toEqual([
      'curation.yaml:2: relations[0].date: must be a date YYYY-MM-DD, YYYY-MM or YYYY that exists',
      'curation.yaml:3: relations[1].target: required',
      'curation.yaml:4: relations[2].target: unknown node id "nowhere"',
    ]);
  });

  it('rejects a suppression for a document that does not exist (it would match nothing, silently)', () => {
    expect(() =>
      build('suppressMentions:\n  - {entity: un, document: atlantis-2099, context: It supports the UN., reason: x}\n'),
    ).toThrow(/curation\.yaml:2: suppressMentions\[0\]\.document: unknown document "atlantis-2099"/);
  });

  it('refuses a quote or document on curated knowledge, which nothing would check or keep', () => {
    expect(
      problemsOf(`relations:
  - source: ungge
    type: PART_OF
    target: un
    basis: curated
    note: the body is the UN's
    document: atlantis-2020
    quote: words the text does not hold
`),
    ).toEqual([
      'curation.yaml:7: relations[0].document: a curated relationship has no document (it would be ignored): for a fact the text states, write basis: text',
      'curation.yaml:8: relations[0].quote: a curated relationship has no quote (it would be ignored): for a fact the text states, write basis: text',
    ]);
  });

  it('names the curation entry of an added INVOLVES whose entity is not an actor, instrument or initiative', () => {
    expect(
      problemsOf('involves:\n  - {commitment: atlantis-2020-ch2-1-s2, entity: atlantis-2020-ch1, reason: x}\n'),
    ).toEqual([
      'curation.yaml:2: involves[0].entity: INVOLVES cannot join a commitment ("atlantis-2020-ch2-1-s2") to a section ("atlantis-2020-ch1")',
    ]);
  });

  it('says a suppression stated twice is stated twice, not that the second finds no mention', () => {
    const entry = '  - {entity: un, document: atlantis-2020, context: It supports the UN., reason: x}\n';
    expect(problemsOf(`suppressMentions:\n${entry}${entry}`)).toEqual([
      'curation.yaml:3: suppressMentions[1]: the same as suppressMentions[0] (line 2): state each one once',
    ]);
  });
});

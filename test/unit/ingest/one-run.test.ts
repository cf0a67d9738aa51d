/**
 * One run, every problem: `atlas validate` lists the problems of the gazetteer, the curation and the sources
 * together, across stages (a schema problem in one file does not hide a reference problem in another).
 */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { decodeInput } from '@/lib/ingest/input-file';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs } from '../../support/data';

function run(inputs: ReturnType<typeof miniInputs>): { problems: string[]; notChecked: string[] } {
  try {
    buildKnowledgeGraph(inputs);
  } catch (error) {
    if (error instanceof AtlasDataError)
      return { problems: error.issues.map(formatIssue), notChecked: error.notChecked };
    throw error;
  }
  throw new Error('expected the build to fail');
}

/** A curation with one problem of its own schema and one reference problem. */
const CURATION = `relations:
  - {source: ungge, type: PART_OF, target: no-such-body, basis: curated, note: an unknown target}
  - {source: ungge, type: PART_OF, target: un, basis: curated}
`;

describe('buildKnowledgeGraph reports every problem in one run', () => {
  it('a gazetteer schema problem, a source schema problem and curation problems of both stages', () => {
    const { problems } = run(
      miniInputs({
        gazetteer: MINI_GAZETTEER.replace('type: instrument', 'type: treaty'),
        document: MINI_DOCUMENT.replace('date: 2020-01-01', 'date: 2020-02-30'),
        curation: CURATION,
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^gazetteer\.yaml:15: entities\[3\]\.type: must be one of state, /),
      'curation.yaml:3: relations[1].note: a curated relationship needs a note saying why',
      'sources/atlantis-2020.md:6: date: must be a date YYYY-MM-DD that exists',
      'curation.yaml:2: relations[0].target: unknown node id "no-such-body"',
    ]);
  });

  it('gazetteer semantics (a name used twice) beside a curation reference and a source heading problem', () => {
    const { problems } = run(
      miniInputs({
        gazetteer: MINI_GAZETTEER.replace('aliases: [UNGGE]', 'aliases: [UNGGE, UN]'),
        document: MINI_DOCUMENT.replace('# Chapter I. Context', '# Preface'),
        curation: CURATION,
      }),
    );
    expect(problems).toEqual([
      'gazetteer.yaml:13: entities[2].aliases[1]: name "UN" of "ungge" is already a name of "un" (line 9)',
      'curation.yaml:3: relations[1].note: a curated relationship needs a note saying why',
      expect.stringMatching(/^sources\/atlantis-2020\.md:15: heading "Preface" gives the section id/),
      'curation.yaml:2: relations[0].target: unknown node id "no-such-body"',
    ]);
  });

  it('a curation reference problem beside a problem only the graph check finds (a PART_OF cycle)', () => {
    const { problems } = run(
      miniInputs({
        curation: `relations:
  - {source: ungge, type: PART_OF, target: un, basis: curated, note: a}
  - {source: un, type: PART_OF, target: ungge, basis: curated, note: b}
  - {source: atlantis, type: MEMBER_OF, target: nobody, basis: curated, note: c}
`,
      }),
    );
    expect(problems).toEqual([
      'curation.yaml:4: relations[2].target: unknown node id "nobody"',
      expect.stringMatching(/^curation\.yaml:2: relations\[0\]: PART_OF forms a cycle through "un", "ungge"/),
    ]);
  });

  it('a bad entity is left out with its problem: what refers to it is not reported again', () => {
    const { problems } = run(
      miniInputs({
        gazetteer: MINI_GAZETTEER.replace('type: process', 'type: committee'),
        curation: 'involves:\n  - {commitment: atlantis-2020-ch2-1-s1, entity: ungge, reason: the bad entity}\n',
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^gazetteer\.yaml:11: entities\[2\]\.type/)]);
  });

  it('an entity id that is not a slug: references to the slug it was meant to be are not reported again', () => {
    const { problems } = run(
      miniInputs({
        gazetteer: MINI_GAZETTEER.replace('id: ungge', 'id: UNGGE'),
        curation: 'relations:\n  - {source: ungge, type: PART_OF, target: un, basis: curated, note: x}\n',
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^gazetteer\.yaml:10: entities\[2\]\.id: must be a lower-case slug/),
    ]);
  });

  it('a document with bad descriptive metadata is still checked against the curation', () => {
    const { problems } = run(
      miniInputs({
        document: MINI_DOCUMENT.replace('title: Atlantis Cyber Strategy\n', ''),
        curation: `relations:
  - {source: atlantis, type: MEMBER_OF, target: un, basis: text, document: atlantis-2020, quote: not in the text}
`,
      }),
    );
    expect(problems).toEqual([
      'sources/atlantis-2020.md:2: title: required',
      'curation.yaml:2: relations[0].quote: the quote must occur exactly once in "atlantis-2020" (not found)',
    ]);
  });

  it('says what it could not check when a file is unusable, and reports the other files', () => {
    const { problems, notChecked } = run(
      miniInputs({
        gazetteer: 'entities: [unclosed\n',
        document: MINI_DOCUMENT.replace('language: en', 'language: e'),
        curation: CURATION,
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^gazetteer\.yaml:\d+: YAML syntax/),
      'curation.yaml:3: relations[1].note: a curated relationship needs a note saying why',
      'sources/atlantis-2020.md:7: language: must be the tag of a language, such as "en", "fr" or "zh-Hans"',
    ]);
    expect(notChecked).toEqual([expect.stringMatching(/curation's references .*gazetteer\.yaml/)]);
  });

  it('a document that cannot be read at all: curation entries pointing into it are not reported', () => {
    const { problems, notChecked } = run(
      miniInputs({
        document: MINI_DOCUMENT.replace(/^#+ /gm, ''),
        curation: `relations:
  - {source: atlantis, type: MEMBER_OF, target: un, basis: text, document: atlantis-2020, quote: x}
involves:
  - {commitment: atlantis-2020-ch2-1-s1, entity: un, reason: into the unread document}
  - {commitment: atlantis-2020-ch2-1-s1, entity: nobody, reason: unknown in any case}
`,
      }),
    );
    expect(problems).toEqual([
      'sources/atlantis-2020.md: the document has no headings: mark its chapters with "# " and their sections with "## "',
      'curation.yaml:5: involves[1].entity: unknown node id "nobody"',
    ]);
    expect(notChecked).toEqual(['what the curation says about documents that could not be read']);
  });
});

describe('CRLF line endings', () => {
  it('build the same graph as LF, every quote still source.slice(start, end)', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const lf = buildKnowledgeGraph(miniInputs());
    // Decoding normalises line endings: the text the offsets index is the LF text.
    const windows = buildKnowledgeGraph({
      documents: [decodeInput('sources/atlantis-2020.md', new TextEncoder().encode(crlf(MINI_DOCUMENT)))],
      gazetteer: decodeInput('gazetteer.yaml', new TextEncoder().encode(crlf(MINI_GAZETTEER))),
    });
    expect(windows.graph.export()).toEqual(lf.graph.export());
    windows.graph.forEachNode((_key, attributes) => {
      for (const p of attributes.provenance) {
        expect(windows.texts.get(p.documentId)!.text.slice(p.start, p.end)).toBe(p.quote);
      }
    });
  });
});

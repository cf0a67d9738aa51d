/** Bad input files: refused before parsing, with the file named; nothing half-built comes out. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { decodeInput, MAX_INPUT_BYTES } from '@/lib/ingest/input-file';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs } from '../../support/data';

describe('decodeInput', () => {
  it('refuses binary garbage', () => {
    const bytes = new Uint8Array(4096).map((_v, i) => (i * 7919) % 256);
    expect(() => decodeInput('sources/blob.md', bytes)).toThrow(/sources\/blob\.md: file contains NUL bytes/);
  });

  it('refuses invalid UTF-8', () => {
    expect(() => decodeInput('gazetteer.yaml', new Uint8Array([0x65, 0xff, 0xfe, 0x41]))).toThrow(
      /gazetteer\.yaml:1: file is not valid UTF-8/,
    );
  });

  it('refuses a 10 MB file', () => {
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    expect(MAX_INPUT_BYTES).toBeLessThan(bytes.byteLength);
    expect(() => decodeInput('sources/huge.md', bytes)).toThrow(/sources\/huge\.md: file is 10485760 bytes/);
  });

  it('normalises line endings and a byte-order mark', () => {
    expect(decodeInput('a.md', new TextEncoder().encode('\uFEFFa\r\nb\rc')).text).toBe('a\nb\nc');
  });
});

describe('buildKnowledgeGraph with bad data', () => {
  const fails = (overrides: Parameters<typeof miniInputs>[0]) => () => buildKnowledgeGraph(miniInputs(overrides));

  it('names a wrong type in the gazetteer', () => {
    const gazetteer = miniInputs().gazetteer.text.replace('type: process', 'type: committee');
    expect(fails({ gazetteer })).toThrow(AtlasDataError);
    expect(fails({ gazetteer })).toThrow(/gazetteer\.yaml:\d+: entities\[2\]\.type/);
  });

  it('names a gazetteer that is not a list of entities', () => {
    expect(fails({ gazetteer: 'entities: 42\n' })).toThrow(/gazetteer\.yaml:1: entities/);
    expect(fails({ gazetteer: '- just\n- a list\n' })).toThrow(/gazetteer\.yaml/);
  });

  it('names a document id that is not a slug', () => {
    const document = miniInputs().documents[0]!.text.replace('id: atlantis-2020', 'id: Atlantis 2020');
    expect(fails({ document })).toThrow(/sources\/atlantis-2020\.md:2: id: must be a lower-case slug/);
  });

  const issuesOf = (inputs: ReturnType<typeof miniInputs>) => {
    try {
      buildKnowledgeGraph(inputs);
    } catch (error) {
      if (error instanceof AtlasDataError) return error.issues;
      throw error;
    }
    throw new Error('expected the build to fail');
  };

  it('reports the problems of every file at once', () => {
    const inputs = miniInputs({
      gazetteer: MINI_GAZETTEER.replace('type: process', 'type: committee'),
      document: MINI_DOCUMENT.replace('date: 2020-01-01', 'date: not-a-date'),
    });
    const files = issuesOf(inputs).map((issue) => issue.file);
    expect(files).toContain('gazetteer.yaml');
    expect(files).toContain('sources/atlantis-2020.md');
  });

  it('an unknown issuer is one problem, not a cascade of "never named" entities', () => {
    const issues = issuesOf(miniInputs({ document: MINI_DOCUMENT.replace('issuerId: atlantis', 'issuerId: nobody') }));
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'sources/atlantis-2020.md',
        line: 5,
        field: 'issuerId',
        message: expect.stringMatching(/nobody/),
      }),
    ]);
  });

  it('a name clash is one problem, not also "never named" for the entity whose mentions went to the other', () => {
    // "Ungge" is not an acronym, so it is matched ignoring case: the text's "UNGGE" is Atlantis's now.
    const gazetteer = MINI_GAZETTEER.replace('aliases: [Atlantis]', 'aliases: [Atlantis, Ungge]');
    expect(issuesOf(miniInputs({ gazetteer })).map(formatIssue)).toEqual([
      'gazetteer.yaml:13: entities[2].aliases[0]: name "UNGGE" of "ungge" is already a name of "atlantis" as "Ungge" (line 5): names are told apart ignoring case and spacing, as search finds them',
    ]);
  });

  it('an unknown issuer: curation entries pointing into the unbuilt document are not reported, others are', () => {
    const curation = `involves:
  - {commitment: atlantis-2020-ch2-1-s1, entity: un, reason: a commitment never built}
  - {commitment: atlantis-2020-ch2-1-s2, entity: no-such-entity, reason: the entity is unknown in any case}
relations:
  - {source: atlantis, type: ISSUED, target: atlantis-2020, basis: curated, note: the unbuilt document}
`;
    const document = MINI_DOCUMENT.replace('issuerId: atlantis', 'issuerId: nobody');
    const issues = issuesOf(miniInputs({ document, curation }));
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^sources\/atlantis-2020\.md:5: issuerId: "nobody" is not in gazetteer\.yaml/),
      'curation.yaml:3: involves[1].entity: unknown node id "no-such-entity"',
    ]);
  });

  it('an unknown id in a curated relation is named at its own field and line, each one', () => {
    const curation = `relations:
  - source: atlantis
    type: PART_OF
    target: no-such-target
    basis: curated
    note: both ends checked
  - source: no-such-source
    type: PART_OF
    target: un
    basis: curated
    note: the source this time
`;
    expect(issuesOf(miniInputs({ curation })).map(formatIssue)).toEqual([
      'curation.yaml:4: relations[0].target: unknown node id "no-such-target"',
      'curation.yaml:7: relations[1].source: unknown node id "no-such-source"',
    ]);
  });

  it('a missing or empty front-matter field is "required", at its line', () => {
    const document = MINI_DOCUMENT.replace('issuer: Government of Atlantis\n', '').replace('language: en', 'language:');
    expect(issuesOf(miniInputs({ document })).map(formatIssue)).toEqual([
      'sources/atlantis-2020.md:2: issuer: required',
      'sources/atlantis-2020.md:6: language: required (the field is there but has no value)',
    ]);
  });

  it('a missing gazetteer field is "required", not zod\'s "expected string, received undefined"', () => {
    const gazetteer = MINI_GAZETTEER.replace('    label: United Nations\n', '');
    expect(issuesOf(miniInputs({ gazetteer })).map(formatIssue)).toEqual([
      'gazetteer.yaml:6: entities[1].label: required',
    ]);
  });

  it('a document id used twice names both files, once', () => {
    const inputs = miniInputs();
    inputs.documents.push({ file: 'sources/copy.md', text: MINI_DOCUMENT });
    const issues = issuesOf(inputs);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'sources/copy.md',
        field: 'id',
        message: expect.stringMatching(/"atlantis-2020" is already used by the document sources\/atlantis-2020\.md/),
      }),
    ]);
  });

  it("a YAML syntax error is reported once, at its line, not followed by the parser's echoes", () => {
    const gazetteer = MINI_GAZETTEER.replace('aliases: [UN, United Nations]', 'aliases: [UN, United Nations');
    const issues = issuesOf(miniInputs({ gazetteer }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'gazetteer.yaml', message: expect.stringMatching(/^YAML syntax/) });
    expect(issues[0]?.line).toBeGreaterThan(0);
  });

  it('rejects a curation file of the wrong shape', () => {
    expect(fails({ curation: 'relations: yes\n' })).toThrow(/curation\.yaml:1: relations/);
  });
});

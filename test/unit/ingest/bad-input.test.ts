/** Bad input files: refused before parsing, with the file named; nothing half-built comes out. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { decodeInput, MAX_INPUT_BYTES } from '@/lib/ingest/input-file';
import type { AtlasInputs } from '@/lib/ingest/build';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs, realGraph, realInputs } from '../../support/data';

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

  it('names a UTF-16 file as such (a Windows "Unicode" save), with or without its byte-order mark', () => {
    const text = '---\nid: x\n---\n# Title\n';
    const le = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = new Uint8Array(Buffer.from(le.slice(2)).swap16());
    expect(() => decodeInput('sources/x.md', le)).toThrow(
      /sources\/x\.md:1: file is UTF-16 text \(its byte-order mark says so\): save it as UTF-8/,
    );
    expect(() => decodeInput('sources/x.md', new Uint8Array([0xfe, 0xff, ...be]))).toThrow(/file is UTF-16 text/);
    expect(() => decodeInput('sources/x.md', le.slice(2))).toThrow(
      /NUL bytes: .*\(or it is UTF-16: save it as UTF-8\)/,
    );
  });

  it('composes characters (NFC): "é" typed as e + combining accent is the "é" of a pasted text', () => {
    expect(decodeInput('a.md', new TextEncoder().encode('Se\u0301curite\u0301')).text).toBe('Sécurité');
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
    // Within one data folder the file name rule keeps ids apart; inputs put together from two folders may not.
    const inputs = miniInputs();
    inputs.documents.push({ file: 'other/sources/atlantis-2020.md', text: MINI_DOCUMENT });
    const issues = issuesOf(inputs);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'other/sources/atlantis-2020.md',
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

/** The bytes an editor would save for a file's text, the way `encode` writes it. */
const resaved = (inputs: AtlasInputs, encode: (text: string) => string): AtlasInputs => {
  const again = (input: { file: string; path?: string; text: string }) => ({
    ...decodeInput(input.file, new TextEncoder().encode(encode(input.text))),
    path: input.path,
  });
  return {
    documents: inputs.documents.map(again),
    gazetteer: again(inputs.gazetteer),
    curation: inputs.curation && again(inputs.curation),
  };
};
const exported = (kg: KnowledgeGraph) => JSON.stringify([kg.graph.export(), [...kg.texts.values()]]);

describe('inputs as a new user may save them', () => {
  it('builds the same graph from files saved with CRLF line ends and a byte-order mark, or decomposed (NFD)', () => {
    const expected = exported(realGraph());
    const windows = resaved(realInputs(), (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(exported(buildKnowledgeGraph(windows))).toBe(expected);
    const decomposed = resaved(realInputs(), (text) => text.normalize('NFD'));
    expect(decomposed.documents[0]!.text).toBe(realInputs().documents[0]!.text);
    expect(exported(buildKnowledgeGraph(decomposed))).toBe(expected);
  });

  it('refuses one name given to two entities, once composed and once decomposed (they look the same)', () => {
    const gazetteer = MINI_GAZETTEER.replace('aliases: [Atlantis]', 'aliases: [Atlantis, Sécurité]').replace(
      'aliases: [UNGGE]',
      `aliases: [UNGGE, ${'Sécurité'.normalize('NFD')}]`,
    );
    const inputs = { ...miniInputs(), gazetteer: decodeInput('gazetteer.yaml', new TextEncoder().encode(gazetteer)) };
    expect(() => buildKnowledgeGraph(inputs)).toThrow(
      /gazetteer\.yaml:\d+: entities\[2\]\.aliases\[1\]: name "Sécurité" of "ungge" is already a name of "atlantis"/,
    );
  });

  it('refuses an alias of spaces only as empty, at its line and field', () => {
    const gazetteer = MINI_GAZETTEER.replace('aliases: [Atlantis]', "aliases: [Atlantis, '   ']");
    expect(() => buildKnowledgeGraph(miniInputs({ gazetteer }))).toThrow(
      /gazetteer\.yaml:5: entities\[0\]\.aliases\[1\]: an alias cannot be empty/,
    );
  });

  it('refuses an alias given twice in one entity at the repeat, and takes the label repeated among the aliases', () => {
    const gazetteer = MINI_GAZETTEER.replace('aliases: [Atlantis]', 'aliases: [Atlantis, Atlantis]');
    expect(() => buildKnowledgeGraph(miniInputs({ gazetteer }))).toThrow(
      /gazetteer\.yaml:5: entities\[0\]\.aliases\[1\]: alias "Atlantis" is given twice \(first as aliases\[0\]\)/,
    );
    const withLabel = MINI_GAZETTEER.replace('aliases: [Atlantis]', 'aliases: [Atlantis, Republic of Atlantis]');
    expect(() => buildKnowledgeGraph(miniInputs({ gazetteer: withLabel }))).not.toThrow();
  });

  it('refuses a document that is only its front matter, at the line where its text should start', () => {
    const document = MINI_DOCUMENT.slice(0, MINI_DOCUMENT.indexOf('# Preface'));
    expect(() => buildKnowledgeGraph(miniInputs({ document }))).toThrow(
      /sources\/atlantis-2020\.md:11: the document has no text after its front matter/,
    );
  });

  it('refuses a PART_OF from an entity to itself, at the target field', () => {
    const curation = 'relations:\n  - {source: un, type: PART_OF, target: un, basis: curated, note: x}\n';
    expect(() => buildKnowledgeGraph(miniInputs({ curation }))).toThrow(
      /curation\.yaml:2: relations\[0\]\.target: a relationship cannot point to its own source/,
    );
  });

  it('refuses an empty or comments-only curation file like any empty data file (no curation is no file)', () => {
    for (const curation of ['', '\n\n', '# nothing curated yet\n'])
      expect(() => buildKnowledgeGraph(miniInputs({ curation }))).toThrow(
        /curation\.yaml:1: the file is empty \(or holds only comments\)/,
      );
    expect(() => buildKnowledgeGraph(miniInputs({ curation: 'relations: []\n' }))).not.toThrow();
  });

  it('reads a paragraph of one very long line (200,000 characters) like any other', () => {
    const long = `The UN ${'and the UN '.repeat(20_000)}matters.`;
    const { graph } = buildKnowledgeGraph(miniInputs({ document: MINI_DOCUMENT.replace('The UN matters.', long) }));
    expect(graph.getEdgeAttribute('MENTIONS:atlantis-2020-ch1->un', 'count')).toBe(20_001);
  });
});

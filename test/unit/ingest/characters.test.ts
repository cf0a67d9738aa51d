/** Characters a data file never holds: refused at their line in a file's bytes and in YAML escapes. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { forbiddenCharacter } from '@/lib/ingest/characters';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { decodeInput } from '@/lib/ingest/input-file';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs } from '../../support/data';

const problems = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
};

describe('forbiddenCharacter', () => {
  it('finds control characters, lone surrogate halves and noncharacters; takes tabs, line ends and real text', () => {
    expect(forbiddenCharacter('a\u0007b')).toMatchObject({ index: 1, code: 'U+0007', what: 'a control character' });
    expect(forbiddenCharacter('a\u0085b')?.code).toBe('U+0085');
    expect(forbiddenCharacter('x\uD800')).toMatchObject({ code: 'U+D800', what: expect.stringMatching(/surrogate/) });
    expect(forbiddenCharacter('\uDC00x')?.code).toBe('U+DC00');
    expect(forbiddenCharacter('\uFFFE')?.what).toBe('a noncharacter');
    expect(forbiddenCharacter('tab\there\nline\r\n中国 😀 Sécurité')).toBeUndefined();
  });

  it('takes a byte-order mark only as the first character (a file joined to another holds one inside)', () => {
    expect(forbiddenCharacter('\uFEFF---\nid: x')).toBeUndefined();
    expect(forbiddenCharacter('end of one.\n\uFEFF# Start of another')).toMatchObject({
      index: 12,
      code: 'U+FEFF',
      what: 'a byte-order mark inside the text (two files joined?)',
    });
  });
});

describe('a file holding one', () => {
  it('is refused at the line, with the words before it', () => {
    expect(
      problems(() => decodeInput('sources/x.md', new TextEncoder().encode('---\nid: x\n---\n# A\n\nOne\u0007two.'))),
    ).toEqual([
      'sources/x.md:6: file holds a control character, U+0007 after "One": delete it (it is invisible, and no export or store can keep it)',
    ]);
  });

  it('refuses a byte-order mark inside the text at its line, and reads one at the start as absent', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(problems(() => decodeInput('a.md', encode('\uFEFFone\ntwo')))).toEqual([]);
    expect(problems(() => decodeInput('a.md', encode('one\n\uFEFFtwo')))[0]).toMatch(
      /^a\.md:2: file holds a byte-order mark inside the text \(two files joined\?\), U\+FEFF/,
    );
  });

  it('counts CRLF line ends as one line each', () => {
    expect(problems(() => decodeInput('a.md', new TextEncoder().encode('a\r\nb\r\n\u001bc')))[0]).toMatch(/^a\.md:3: /);
  });
});

describe('a YAML value holding one as an escape', () => {
  it('is refused at its line, in the gazetteer, the curation and the front matter', () => {
    const gazetteer = MINI_GAZETTEER.replace('label: United Nations', 'label: "United\\0Nations"');
    const curation =
      'relations:\n  - {source: un, type: PART_OF, target: atlantis, basis: curated, note: "lone \\ud800"}\n';
    const document = MINI_DOCUMENT.replace('title: Atlantis Cyber Strategy', 'title: "Atlantis\\x07 Cyber Strategy"');
    const found = problems(() => buildKnowledgeGraph(miniInputs({ gazetteer, curation, document })));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^gazetteer\.yaml:\d+: a value holds a control character, U\+0000 \(written as an escape\) after "United": delete it/,
        ),
        expect.stringMatching(
          /^curation\.yaml:2: a value holds half of a surrogate pair \(not a character\), U\+D800 \(written as an escape\) after "lone"/,
        ),
        expect.stringMatching(/^sources\/atlantis-2020\.md:3: a value holds a control character, U\+0007/),
      ]),
    );
  });
});

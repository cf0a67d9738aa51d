/** Gazetteer validation: every problem named with file, line and field. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError } from '@/lib/graph/errors';
import { isAcronym, parseGazetteer, readGazetteer } from '@/lib/ingest/gazetteer';

const parse = (text: string) => parseGazetteer({ file: 'gazetteer.yaml', text });

function issuesOf(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof AtlasDataError) return error.issues.map((i) => `${i.line}:${i.field}:${i.message}`);
    throw error;
  }
  return [];
}

describe('parseGazetteer', () => {
  it('parses entities with defaults', () => {
    const gazetteer = parse(
      'entities:\n  - id: arf\n    type: forum\n    label: ASEAN Regional Forum\n    aliases: [ARF]\n',
    );
    expect(gazetteer.byId.get('arf')).toMatchObject({ basis: 'text', aliases: ['ARF'] });
  });

  it('names an unknown type with its line and field', () => {
    const issues = issuesOf('entities:\n  - id: arf\n    type: club\n    label: ARF\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^3:entities\[0\]\.type:/);
  });

  it('reports a duplicate id with its line', () => {
    const issues = issuesOf(`entities:
  - id: un
    type: organization
    label: United Nations
    aliases: [UN]
  - id: un
    type: organization
    label: Other
    aliases: [UN]
`);
    expect(issues).toEqual(['6:entities[1].id:duplicate id "un" (first used at line 2)']);
  });

  it('rejects an alias shared between two different entities', () => {
    const issues = issuesOf(`entities:
  - id: a
    type: forum
    label: Alpha
    aliases: [ABC]
  - id: b
    type: forum
    label: Beta
    aliases: [ABC]
`);
    expect(issues).toEqual(['9:entities[1].aliases[0]:name "ABC" of "b" is already a name of "a"']);
  });

  it('requires a note for an entity the text does not name', () => {
    expect(
      issuesOf('entities:\n  - id: asean\n    type: organization\n    label: ASEAN\n    basis: curated\n')[0],
    ).toMatch(/entities\[0\]\.note:.*needs a note/);
  });

  it("reads a state's demonyms, and names an empty one with its field", () => {
    const gazetteer = parse(
      'entities:\n  - id: china\n    type: state\n    label: China\n    aliases: [China]\n    demonyms: [Chinese]\n',
    );
    expect(gazetteer.byId.get('china')?.demonyms).toEqual(['Chinese']);
    expect(issuesOf("entities:\n  - id: china\n    type: state\n    label: China\n    demonyms: ['']\n")[0]).toMatch(
      /entities\[0\]\.demonyms\[0\]:.*demonym cannot be empty/,
    );
  });

  it('reports YAML syntax errors with their line', () => {
    expect(issuesOf('entities:\n  - id: [unclosed\n')[0]).toMatch(/^\d+:undefined:YAML syntax/);
  });

  it('rejects unknown fields (a typo must not be ignored silently)', () => {
    expect(issuesOf('entities:\n  - id: a\n    type: forum\n    label: A\n    alias: [A]\n')[0]).toMatch(
      /entities\[0\]/,
    );
  });
});

describe('parseGazetteer: every entity checked on its own', () => {
  it('reports two bad entities and a name clash among the good ones, all at once', () => {
    expect(
      issuesOf(`entities:
  - {id: a, type: club, label: Alpha}
  - {id: b, type: forum}
  - {id: c, type: forum, label: Gamma, aliases: [GF]}
  - {id: d, type: forum, label: Delta, aliases: [GF]}
`),
    ).toEqual([
      expect.stringMatching(/^2:entities\[0\]\.type:Invalid option/),
      '3:entities[1].label:required',
      '5:entities[3].aliases[0]:name "GF" of "d" is already a name of "c"',
    ]);
  });

  it('refuses a name with no letter or digit: it would match punctuation or nothing', () => {
    for (const alias of ['"."', '"\u200b"', '"--"']) {
      expect(issuesOf(`entities:\n  - {id: a, type: forum, label: Alpha, aliases: [${alias}]}\n`)).toEqual([
        '2:entities[0].aliases[0]:an alias needs a letter or a digit (it is matched in the text)',
      ]);
    }
    expect(issuesOf('entities:\n  - {id: a, type: forum, label: " ", aliases: [A]}\n')).toEqual([
      '2:entities[0].label:a label cannot be empty',
    ]);
  });

  it('keeps the good entities and lists the ids of the bad ones as unchecked', () => {
    const { gazetteer } = readGazetteer({
      file: 'gazetteer.yaml',
      text: 'entities:\n  - {id: a, type: club, label: Alpha}\n  - {id: b, type: forum, label: Beta}\n',
    });
    expect(gazetteer?.entities.map((e) => e.id)).toEqual(['b']);
    expect([...(gazetteer?.unchecked ?? [])]).toEqual(['a']);
    expect(gazetteer?.indexOf(gazetteer.byId.get('b')!)).toBe(1);
  });

  it('says a file with no entities lists none', () => {
    expect(issuesOf('entities: []\n')).toEqual(['1:entities:lists no entities: a document needs at least its issuer']);
  });
});

describe('isAcronym', () => {
  it.each([
    ['UN', true],
    ['UN CCPCJ', true],
    ['G20', true],
    ['ARF', true],
    ['Wuzhen Summit', false],
    ['2030 Agenda', false],
  ])('%s → %s', (alias, expected) => expect(isAcronym(alias)).toBe(expected));
});

/** Gazetteer validation: every problem named with file, line and field. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError } from '@/lib/graph/errors';
import { isAcronym, parseGazetteer } from '@/lib/ingest/gazetteer';

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
    expect(issues).toEqual(['6:entities[1].id:duplicate id "un"']);
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

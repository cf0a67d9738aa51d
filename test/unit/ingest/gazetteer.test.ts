/** Gazetteer validation: every problem named with file, line and field; and the real gazetteer says what it curates. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError } from '@/lib/graph/errors';
import { isAcronym, parseGazetteer, readGazetteer } from '@/lib/ingest/gazetteer';
import { realInputs } from '../../support/data';

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

  it('refuses a description or note that is a passage, naming line and field', () => {
    const long = 'a'.repeat(4001);
    expect(
      issuesOf(`entities:\n  - id: arf\n    type: forum\n    label: ASEAN Regional Forum\n    description: ${long}\n`),
    ).toEqual([
      '5:entities[0].description:a description is at most 4000 characters (this one has 4001): a short text, not a passage',
    ]);
    expect(
      issuesOf('entities:\n  - id: arf\n    type: forum\n    label: ASEAN Regional Forum\n    description: "  "\n'),
    ).toEqual(['5:entities[0].description:a description cannot be empty']);
  });

  it('says a type written in the wrong case is the type meant, in its case', () => {
    expect(issuesOf('entities:\n  - {id: arf, type: Forum, label: ASEAN Regional Forum}\n')).toEqual([
      '2:entities[0].type:"Forum" is written "forum" (these words are case-sensitive)',
    ]);
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
    expect(issues).toEqual(['9:entities[1].aliases[0]:name "ABC" of "b" is already a name of "a" (line 5)']);
  });

  it.each([
    ['an acronym and a word', '[ARF]', '[Arf]', 'Arf', 'ARF', 5],
    ['a label and an alias', '[ARF]', '[asean regional forum]', 'asean regional forum', 'ASEAN Regional Forum', 4],
    ['two words', '[Wuzhen Summit]', '[wuzhen summit]', 'wuzhen summit', 'Wuzhen Summit', 5],
    ['two spacings', '[Wuzhen Summit]', '["Wuzhen  summit"]', 'Wuzhen summit', 'Wuzhen Summit', 5],
  ])(
    'rejects names of two entities that differ only in case or spacing (%s): search could not tell them apart',
    (_what, first, second, name, written, line) => {
      expect(
        issuesOf(`entities:
  - id: arf
    type: forum
    label: ASEAN Regional Forum
    aliases: ${first}
  - id: other
    type: forum
    label: Other Forum
    aliases: ${second}
`),
      ).toEqual([
        `9:entities[1].aliases[0]:name "${name}" of "other" is already a name of "arf" as "${written}" (line ${line}): names are told apart ignoring case and spacing, as search finds them`,
      ]);
    },
  );

  it('reports a label repeated as an alias once, and leaves the entity out of the build', () => {
    const { gazetteer, issues } = readGazetteer({
      file: 'gazetteer.yaml',
      text: `entities:
  - {id: arf, type: forum, label: ASEAN Regional Forum, aliases: [ARF]}
  - {id: other, type: forum, label: Asean Regional Forum, aliases: [Asean Regional Forum, AR]}
`,
    });
    expect(issues.map((i) => `${i.line}:${i.field}`)).toEqual(['3:entities[1].label']);
    expect(gazetteer?.entities.map((e) => e.id)).toEqual(['arf']);
  });

  it('takes names of one entity that differ only in case (each matched as written)', () => {
    expect(
      issuesOf('entities:\n  - {id: arf, type: forum, label: ASEAN Regional Forum, aliases: [ARF, Arf]}\n'),
    ).toEqual([]);
  });

  it('reads a name written with a double space or a line break as its words with one space', () => {
    const gazetteer = parse(
      'entities:\n  - id: un\n    type: organization\n    label: "United  Nations"\n    aliases: ["UN\\nCharter body"]\n    caseSensitive: ["UN\\tCharter body"]\n',
    );
    expect(gazetteer.byId.get('un')).toMatchObject({
      label: 'United Nations',
      aliases: ['UN Charter body'],
      caseSensitive: ['UN Charter body'],
    });
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
      '2:entities[0].type:must be one of state, person, organization, forum, process, stakeholder, instrument, initiative (got "club")',
      '3:entities[1].label:required',
      '5:entities[3].aliases[0]:name "GF" of "d" is already a name of "c" (line 4)',
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

  it('refuses a name holding an invisible character, naming the character and where it is', () => {
    expect(
      issuesOf('entities:\n  - {id: a, type: forum, label: "Atl\\u200bantis Forum", aliases: ["AF\\u00ad"]}\n'),
    ).toEqual([
      '2:entities[0].label:a label holds an invisible character (U+200B) after "Atl": delete it (the name would not match the text as printed)',
      '2:entities[0].aliases[0]:an alias holds an invisible character (U+00AD) after "AF": delete it (the name would not match the text as printed)',
    ]);
    // A direction override shows the name other than it is.
    expect(issuesOf('entities:\n  - {id: a, type: forum, label: "Atlantis \u202eForum"}\n')).toEqual([
      '2:entities[0].label:a label holds an invisible character (U+202E) after "Atlantis ": delete it (the name would not match the text as printed)',
    ]);
    // A joiner is part of words in some scripts: allowed.
    expect(
      issuesOf('entities:\n  - {id: a, type: forum, label: "\u0645\u06cc\u200c\u0634\u0648\u062f Forum"}\n'),
    ).toEqual([]);
  });

  it('refuses a name or demonym longer than a name (a pasted passage is a mistake, and issuer names are compiled into patterns)', () => {
    const passage = 'word '.repeat(3000).trim();
    expect(
      issuesOf(
        `entities:\n  - {id: a, type: state, label: Alpha, aliases: [A, "${passage}"], demonyms: ["${passage}"]}\n`,
      ),
    ).toEqual([
      '2:entities[0].aliases[1]:an alias is at most 200 characters: a name, not a passage (it is matched in the text)',
      '2:entities[0].demonyms[0]:a demonym is at most 200 characters',
    ]);
    expect(issuesOf(`entities:\n  - {id: a, type: forum, label: "${'x'.repeat(200)}"}\n`)).toEqual([]);
  });

  it('refuses an id longer than the API takes', () => {
    expect(issuesOf(`entities:\n  - {id: ${'a'.repeat(201)}, type: forum, label: Alpha}\n`)).toEqual([
      '2:entities[0].id:an id is at most 200 characters (the API takes no longer ones)',
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

describe('the gazetteer of graph-data/', () => {
  it('says in its description which of an entity\'s names no document writes (curated, not "as written")', () => {
    const inputs = realInputs();
    const gazetteer = parseGazetteer(inputs.gazetteer);
    const texts = inputs.documents.map((doc) => doc.text);
    // A name is written where it stands as a whole name (acronyms in their case): "BRI" inside "bridge" is not "BRI".
    const written = (alias: string, text: string) =>
      new RegExp(`(?<!\\w)${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, isAcronym(alias) ? '' : 'i').test(
        text,
      );
    const unsaid = gazetteer.entities
      .filter((entity) => entity.basis === 'text')
      .flatMap((entity) =>
        entity.aliases
          .filter((alias) => !texts.some((text) => written(alias, text)))
          .filter((alias) => !(entity.description ?? '').includes(alias))
          .map((alias) => `${entity.id}: ${alias}`),
      );
    expect(unsaid).toEqual([]);
  });
});

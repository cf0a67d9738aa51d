/**
 * YAML checks: what the data files may use of YAML. A tag, an alias, a list as a field name or a YAML 1.1
 * directive would be read as something else than the file says (or dropped) without a word; each is refused at its
 * line in the file, front matter included.
 */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { parseYaml } from '@/lib/ingest/input-file';

const problemsOf = (text: string, lineOffset = 0): string[] => {
  try {
    parseYaml({ file: 'gazetteer.yaml', text }, lineOffset);
  } catch (error) {
    if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
};

const UNSUPPORTED = 'is not supported: the data files hold plain text, numbers, lists and maps (remove the tag)';

describe('YAML tags', () => {
  it.each([
    ['label: !foo United Nations', '!foo'],
    ['label: !!binary aGVsbG8=', '!!binary'],
    ['aliases: !!set {UN, United Nations}', '!!set'],
    ['aliases: !!omap [a: 1]', '!!omap'],
    ['date: !!timestamp 2017-03-01', '!!timestamp'],
    ['label: !!python/object:os.system ls', '!!python/object:os.system'],
    ['label: !<tag:example.com,2000:thing> x', '!<tag:example.com,2000:thing>'],
    ['entities: !custom\n  - id: un', '!custom'],
  ])('refuses %j naming the tag %s at its line', (line, tag) => {
    expect(problemsOf(`# a comment\n${line}\n`)).toEqual([`gazetteer.yaml:2: YAML tag "${tag}" ${UNSUPPORTED}`]);
  });

  it('refuses a tag declared with %TAG, as written', () => {
    expect(problemsOf('%TAG !e! tag:example.com,2000:\n---\ntype: !e!kind state\n')).toEqual([
      `gazetteer.yaml:3: YAML tag "!e!kind" ${UNSUPPORTED}`,
    ]);
  });

  it('refuses a core tag on a value it does not fit, and takes one that fits', () => {
    expect(problemsOf('a: !!bool yes\nb: !!str [x]\nc: !!seq {x: 1}\n')).toEqual([
      'gazetteer.yaml:1: YAML tag "!!bool" does not fit its value (remove the tag)',
      'gazetteer.yaml:2: YAML tag "!!str" does not fit its value (remove the tag)',
      'gazetteer.yaml:3: YAML tag "!!seq" does not fit its value (remove the tag)',
    ]);
    expect(parseYaml({ file: 'g.yaml', text: 'a: !!str 2030\nb: !!int 7\n' }).data).toEqual({ a: '2030', b: 7 });
  });

  it('names every tag of the file, at its line in the file when in front matter', () => {
    expect(problemsOf('id: x\ntitle: !a T\ndate: !b 2020-01-01\n', 1)).toEqual([
      `gazetteer.yaml:3: YAML tag "!a" ${UNSUPPORTED}`,
      `gazetteer.yaml:4: YAML tag "!b" ${UNSUPPORTED}`,
    ]);
  });
});

describe('YAML aliases', () => {
  it('refuses an alias to an anchor that does not exist, at its line', () => {
    expect(problemsOf('entities:\n  - aliases: *nothing\n')).toEqual([
      'gazetteer.yaml:2: YAML alias "*nothing" is not supported: write the value out where it is used',
    ]);
  });

  it('refuses an alias that contains itself (no endless structure reaches the checks)', () => {
    expect(problemsOf('aliases: &loop [UN, *loop]\n')).toEqual([
      'gazetteer.yaml:1: YAML alias "*loop" is not supported: write the value out where it is used',
    ]);
  });

  // Without the check the parser expands 100^9 values: Vitest's test timeout, not a timed assertion, catches a hang.
  it('refuses a wide alias bomb without expanding it, one line per alias name', () => {
    const names = 'abcdefghij'.split('');
    const lines = names.map((name, i) =>
      i === 0
        ? `${name}: &${name} [${'lol,'.repeat(99)}lol]`
        : `${name}: &${name} [${`*${names[i - 1]},`.repeat(99)}*${names[i - 1]}]`,
    );
    const problems = problemsOf(`${lines.join('\n')}\n`);
    expect(problems).toHaveLength(9);
    expect(problems[0]).toBe(
      'gazetteer.yaml:2: YAML alias "*a" is not supported: write the value out where it is used (used 100 times; this is the first)',
    );
  });

  it('takes an anchor nobody refers to: it changes nothing', () => {
    expect(parseYaml({ file: 'g.yaml', text: 'a: &x 1\n' }).data).toEqual({ a: 1 });
  });
});

describe('YAML structure a data file does not use', () => {
  it('refuses a list or a map as a field name (it would become the text "[ type ]")', () => {
    expect(problemsOf('relations:\n  - ? [type]\n    : HEAD_OF\n')).toEqual([
      'gazetteer.yaml:2: a field name must be text, not a list or a map',
    ]);
  });

  it('refuses a field with no name', () => {
    expect(problemsOf('id: un\n: United Nations\n')).toEqual([
      'gazetteer.yaml:2: a field has no name (write it before the ":")',
    ]);
  });

  it('refuses %YAML 1.1, which reads yes as true, 0755 as 493 and y: as the field true', () => {
    expect(problemsOf('%YAML 1.1\n---\nlabel: yes\n')).toEqual([
      'gazetteer.yaml:1: "%YAML 1.1": the data files are YAML 1.2 (remove the line)',
    ]);
    expect(parseYaml({ file: 'g.yaml', text: '%YAML 1.2\n---\nlabel: yes\n' }).data).toEqual({ label: 'yes' });
  });

  it('refuses an unknown directive instead of ignoring it', () => {
    expect(problemsOf('%FOO bar\n---\nlabel: x\n')).toEqual(['gazetteer.yaml:1: YAML: Unknown directive %FOO']);
  });

  it("takes a flow list closed in its key's column (a matter of style)", () => {
    expect(parseYaml({ file: 'g.yaml', text: 'a:\n  aliases: [\n    UN,\n  ]\n' }).data).toEqual({
      a: { aliases: ['UN'] },
    });
  });

  it("says a second document is one too many, without naming the parser's API", () => {
    expect(problemsOf('a: 1\n---\nb: 2\n')).toEqual([
      'gazetteer.yaml:2: YAML syntax: a second YAML document starts here (a "---" or "..." line): a data file holds one, at column 1',
    ]);
  });

  it('says lists nested past what the parser can read are nested too deeply', () => {
    const [problem] = problemsOf(`relations: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(problem).toMatch(/^gazetteer\.yaml:1: YAML syntax: lists or maps are nested too deeply to read/);
  });
});

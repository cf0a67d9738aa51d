/**
 * Schema messages for curators: a value of the wrong kind is named in the file's terms (text, a list, "field: value"
 * lines), with the quotes that make YAML read a number or a flag as text; a field with no value is "required" only
 * when it is.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, type DataIssue } from '@/lib/graph/errors';
import { checkYaml, parseYaml } from '@/lib/ingest/input-file';

const SCHEMA = z.strictObject({
  entities: z
    .array(z.strictObject({ label: z.string().optional(), aliases: z.array(z.string()).optional() }))
    .optional(),
  sectionKinds: z.record(z.string(), z.string()).optional(),
  count: z.number().optional(),
  title: z.string().min(1).max(10).optional(),
  id: z
    .string()
    .trim()
    .min(1)
    .transform((id) => id)
    .optional(),
  tags: z.array(z.string()).min(2).default([]),
  url: z.url().optional(),
});

const problemsOf = (text: string, schema: z.ZodType = SCHEMA): string[] => {
  const input = { file: 'gazetteer.yaml', text };
  const issues: DataIssue[] = [];
  checkYaml(input, parseYaml(input), schema, issues);
  return issues.map(formatIssue);
};

describe('curatorMessages', () => {
  it.each([
    ['label: 2030', 'the number 2030 (write it in quotes, "2030", for text)'],
    ['label: 1.5', 'the number 1.5 (write it in quotes, "1.5", for text)'],
    ['label: true', 'true (write it in quotes, "true", for text)'],
    ['label: [UN]', 'a list'],
    ['label: {a: 1}', '"field: value" lines'],
  ])('names a value that is not text (%s)', (line, found) => {
    expect(problemsOf(`entities:\n  - ${line}\n`)).toEqual([
      `gazetteer.yaml:2: entities[0].label: expected text, found ${found}`,
    ]);
  });

  it('names a single value or a map where a list belongs, and a list where a map belongs', () => {
    expect(problemsOf('entities:\n  - aliases: UN\n')).toEqual([
      'gazetteer.yaml:2: entities[0].aliases: expected a list ("- " lines, or [a, b]), found the text "UN"',
    ]);
    expect(problemsOf('entities:\n  china:\n    label: China\n')).toEqual([
      'gazetteer.yaml:2: entities: expected a list ("- " lines, or [a, b]), found "field: value" lines',
    ]);
    expect(problemsOf('sectionKinds: [Chapter II]\n')).toEqual([
      'gazetteer.yaml:1: sectionKinds: expected "field: value" lines, found a list',
    ]);
    expect(problemsOf('count: twelve\n')).toEqual([
      'gazetteer.yaml:1: count: expected a number, found the text "twelve"',
    ]);
  });

  it('says a field with no value may be left out when it is optional (behind a default or a transform too)', () => {
    expect(problemsOf('id:\nsectionKinds:\ntags:\nentities:\n  - label: A\n    aliases:\n')).toEqual([
      'gazetteer.yaml:6: entities[0].aliases: the field is there but has no value: give it one, or leave the field out',
      'gazetteer.yaml:2: sectionKinds: the field is there but has no value: give it one, or leave the field out',
      'gazetteer.yaml:1: id: the field is there but has no value: give it one, or leave the field out',
      'gazetteer.yaml:3: tags: the field is there but has no value: give it one, or leave the field out',
    ]);
    expect(problemsOf('id:\n', z.strictObject({ id: z.string().trim().min(1) }))).toEqual([
      'gazetteer.yaml:1: id: required (the field is there but has no value)',
    ]);
  });

  it('names an empty list item as one', () => {
    expect(problemsOf('entities:\n  - label: A\n  -\n')).toEqual([
      'gazetteer.yaml:3: entities[1]: an empty list item ("-" with nothing after it)',
    ]);
  });

  it('says what is too short, too long or not a web address in words', () => {
    expect(problemsOf('title: ""\ntags: [a]\nurl: not a url\n')).toEqual([
      'gazetteer.yaml:1: title: cannot be empty',
      'gazetteer.yaml:2: tags: at least 2 items',
      'gazetteer.yaml:3: url: must be a web address, such as "https://example.org/strategy.html"',
    ]);
    expect(problemsOf('title: far too long a title\n')).toEqual(['gazetteer.yaml:1: title: at most 10 characters']);
  });

  it('names the field an unknown one was probably meant to be', () => {
    const entity = z.strictObject({
      id: z.string(),
      label: z.string(),
      aliases: z.array(z.string()),
      source: z.string(),
    });
    const schema = z.strictObject({ entities: z.array(entity) });
    expect(
      problemsOf(
        'entities:\n  - {id: a, Label: A, alias: [B], sourse: x, author: y, to: z, source: s, aliases: []}\n',
        schema,
      ),
    ).toEqual([
      'gazetteer.yaml:2: entities[0].label: required',
      'gazetteer.yaml:2: entities[0].Label: unknown field (a typo for "label"? unknown fields are refused, not ignored)',
      'gazetteer.yaml:2: entities[0].alias: unknown field (a typo for "aliases"? unknown fields are refused, not ignored)',
      'gazetteer.yaml:2: entities[0].sourse: unknown field (a typo for "source"? unknown fields are refused, not ignored)',
      'gazetteer.yaml:2: entities[0].author: unknown field (a typo? unknown fields are refused, not ignored)',
      'gazetteer.yaml:2: entities[0].to: unknown field (a typo? unknown fields are refused, not ignored)',
    ]);
  });

  it('quotes a long text only in part', () => {
    expect(problemsOf(`entities:\n  - aliases: ${'a'.repeat(100)}\n`)).toEqual([
      `gazetteer.yaml:2: entities[0].aliases: expected a list ("- " lines, or [a, b]), found the text "${'a'.repeat(40)}…"`,
    ]);
  });

  it('names the lone value of a file where "field: value" lines belong', () => {
    expect(problemsOf('just some words\n')).toEqual([
      'gazetteer.yaml:1: expected "field: value" lines at the top level, found the text "just some words"',
    ]);
  });
});

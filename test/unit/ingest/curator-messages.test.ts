/**
 * Schema messages for curators: a value of the wrong kind is named in the file's terms (text, a list, "field: value"
 * lines), with the quotes that make YAML read a number or a flag as text.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, type DataIssue } from '@/lib/graph/errors';
import { checkYaml, parseYaml } from '@/lib/ingest/input-file';

const schema = z.strictObject({
  entities: z
    .array(z.strictObject({ label: z.string().optional(), aliases: z.array(z.string()).optional() }))
    .optional(),
  sectionKinds: z.record(z.string(), z.string()).optional(),
  count: z.number().optional(),
});

const problemsOf = (text: string): string[] => {
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

/**
 * Schema messages for curators
 * ============================
 * zod's words ("Invalid input: expected string, received number") describe its parser, not the file. A curator
 * reads "expected text, found the number 2030" and needs the way out: YAML reads 2030, true or null as a number, a
 * flag or nothing unless it is quoted. Messages a schema sets itself are kept.
 */
import type { z } from 'zod';

/** What zod expected, in the words of a YAML file. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ("- " lines, or [a, b])',
  object: '"field: value" lines',
  record: '"field: value" lines',
};

/** A parsed YAML value as the curator wrote it: its kind, and a short quote when it is a scalar. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'no value';
  if (typeof value === 'object') return '"field: value" lines';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

export const curatorMessages =
  (depth: number): z.core.$ZodErrorMap =>
  (issue) => {
    if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value') return undefined;
    if (depth + (issue.path?.length ?? 0) === 0) {
      // The whole file: a list, or a lone value, where "field: value" lines belong.
      if (issue.code !== 'invalid_type' || issue.input === null || issue.input === undefined) return undefined;
      return `expected "field: value" lines at the top level, found ${describeValue(issue.input)}`;
    }
    if (issue.input === undefined) return 'required';
    if (issue.input === null) return 'required (the field is there but has no value)';
    if (issue.code !== 'invalid_type') return undefined;
    const expected = EXPECTED[issue.expected];
    if (!expected) return undefined;
    // 2030, true: YAML's reading of a bare word, which quotes make text.
    const quoted =
      issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
        ? ` (write it in quotes, "${String(issue.input)}", for text)`
        : '';
    return `expected ${expected}, found ${describeValue(issue.input)}${quoted}`;
  };

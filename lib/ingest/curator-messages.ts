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

/** The schema of the field at `path` inside `schema` (objects, lists, maps), or undefined where it cannot be told. */
export function fieldSchema(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType };
  type Wrapper = { innerType?: z.ZodType; in?: z.ZodType };
  const defOf = (value: z.ZodType) => (value as unknown as { _zod: { def: Def & Wrapper } })._zod.def;
  const unwrapped = (value: z.ZodType): z.ZodType | undefined => defOf(value).innerType ?? defOf(value).in;
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    // Through optional, default, nullable and transform wrappers to the object, list or map inside.
    for (let inner: z.ZodType | undefined = current && unwrapped(current); inner; inner = unwrapped(inner)) {
      current = inner;
    }
    const def: Def | undefined = current && defOf(current);
    current =
      def?.type === 'object'
        ? def.shape?.[String(key)]
        : def?.type === 'array'
          ? def.element
          : def?.type === 'record'
            ? def.valueType
            : undefined;
  }
  return current;
}

/**
 * The error map for checking `schema` at `at` in a file ([]: the whole file, ['entities', 3]: an entry). Where a field is there with no value
 * (`aliases:`), it says whether the field may be left out, so an optional field is not called "required".
 */
export const curatorMessages =
  (at: readonly PropertyKey[], schema: z.ZodType): z.core.$ZodErrorMap =>
  (issue) => {
    const path = issue.path ?? [];
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        return small && bound === 1 ? 'cannot be empty' : `${small ? 'at least' : 'at most'} ${bound} characters`;
      }
      if (issue.origin === 'array') return `${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}`;
      return undefined;
    }
    if (issue.code === 'invalid_format' && issue.format === 'url') {
      return 'must be a web address, such as "https://example.org/strategy.html"';
    }
    if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value') return undefined;
    const full = [...at, ...path];
    if (full.length === 0) {
      // The whole file: a list, or a lone value, where "field: value" lines belong.
      if (issue.code !== 'invalid_type' || issue.input === null || issue.input === undefined) return undefined;
      return `expected "field: value" lines at the top level, found ${describeValue(issue.input)}`;
    }
    if (issue.input === undefined) return 'required';
    if (issue.input === null) {
      if (typeof full[full.length - 1] === 'number') return 'an empty list item ("-" with nothing after it)';
      return fieldSchema(schema, path)?.safeParse(undefined).success
        ? 'the field is there but has no value: give it one, or leave the field out'
        : 'required (the field is there but has no value)';
    }
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

/** Edits (insert, delete, replace) from one word to another, to tell a typo from another field. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The field an unknown one was probably meant to be ("Label", "alias", "sourse"): one of the object's fields at
 * `path` that differs only in case or by a letter or two; undefined when none does, or several do.
 */
export function meantField(schema: z.ZodType, path: readonly PropertyKey[], key: string): string | undefined {
  const object = fieldSchema(schema, path) as { shape?: Record<string, unknown> } | undefined;
  const known = Object.keys(object?.shape ?? {});
  // Two letters off in a short name is another word ("to" is not "id").
  const allowed = key.length <= 4 ? 1 : 2;
  const close = known.filter((field) => editDistance(field.toLowerCase(), key.toLowerCase()) <= allowed);
  return close.length === 1 ? close[0] : undefined;
}

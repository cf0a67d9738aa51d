/**
 * Named query parameters
 * ======================
 * Zod field builders for the parameter types, and the one validation step every caller goes through (route,
 * CLI, both stores): the first problem becomes an InvalidInputError naming its field, and ids are checked
 * against the graph so that an unknown id is a 404, not an empty answer.
 */
import { z } from 'zod';
import type { AtlasGraph } from '../graph/knowledge-graph';
import { normaliseId } from '../graph/ids';
import { slugSchema } from '../graph/schema';
import { InvalidInputError, NotFoundError } from '../store/errors';
import { reportedIssue } from '../issues';
import type { CypherRecord, NamedQuery, QueryParameter } from './types';

/** Ids are slugs; a pasted acronym ("ARF") or stray spaces still name the node. */
export function idField() {
  return z.preprocess(
    (value) => (typeof value === 'string' ? normaliseId(value) : value),
    z.string({ error: 'required' }).min(1, 'required').max(200, 'at most 200 characters').pipe(slugSchema),
  );
}

/** Digits only: Number() would also take "0x10", "2e1" or "Infinity", which nobody means as a depth or a limit. */
const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;

/** Integers arrive as text from URLs and the CLI; a blank value means "use the default". */
export function integerField(min: number, max: number, fallback: number) {
  return z.preprocess(
    (value) =>
      value === '' || value === undefined
        ? undefined
        : typeof value === 'string'
          ? INTEGER_TEXT.test(value)
            ? Number(value)
            : Number.NaN
          : value,
    z
      .number({ error: 'must be an integer' })
      .int('must be an integer')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );
}

/** A yes/no switch: "true" or "false" as text (a form's checkbox sends "true"); absent or blank is `fallback`. */
export function booleanField(fallback: boolean) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
    z
      .union([z.literal('true').transform(() => true), z.literal('false').transform(() => false), z.boolean()], {
        error: 'must be true or false',
      })
      .default(fallback),
  );
}

export function modalityField() {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : value),
    z.string({ error: 'required' }).min(1, 'required').max(40, 'at most 40 characters'),
  );
}

/** Validates raw parameters against a definition; the error names the first offending field. */
export function validateQueryParams<P extends Record<string, unknown>>(
  definition: NamedQuery<P>,
  raw: Record<string, unknown>,
): P {
  const withoutBlanks = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== '' && value !== undefined),
  );
  const result = definition.schema.safeParse(withoutBlanks);
  if (result.success) return result.data;
  const issue = reportedIssue(result.error);
  if (issue?.code === 'unrecognized_keys') {
    const field = issue.keys[0] ?? 'query';
    const known = definition.parameters.map((p) => p.name).join(', ');
    // Worded as every other route words it (lib/http.ts parseParams), so a script reads the field the same way.
    throw new InvalidInputError(
      `${definition.name}: invalid parameter "${field}": unknown parameter (expected one of: ${known})`,
      field,
    );
  }
  const field = issue?.path.join('.') || 'query';
  throw new InvalidInputError(
    `${definition.name}: invalid parameter "${field}": ${issue?.message ?? 'invalid'}`,
    field,
  );
}

function describeTypes(parameter: QueryParameter): string {
  const types = parameter.nodeTypes ?? [];
  if (types.length === 0) return 'any node';
  return types.join(', ');
}

function notFound(query: string, parameter: QueryParameter, id: string, actualType?: string): NotFoundError {
  // A parameter that takes any node says which one it is; a typed one ("document") is named by its type already.
  const anyNode = parameter.type === 'node' && !parameter.nodeTypes;
  const what = anyNode ? `node (parameter "${parameter.name}")` : parameter.name;
  const article = actualType && /^[aeiou]/i.test(actualType) ? 'an' : 'a';
  const detail = actualType ? ` ("${id}" is ${article} ${actualType}; expected: ${describeTypes(parameter)})` : '';
  return new NotFoundError(`${query}: unknown ${what} "${id}"${detail}`);
}

/**
 * Any side: `type` is the type of the node the id names (undefined when there is none); it must be one of the
 * parameter's node types. Every check below ends here, so every caller refuses an id with the same message.
 */
export function requireType(query: string, parameter: QueryParameter, id: string, type: string | undefined): void {
  if (type === undefined) throw notFound(query, parameter, id);
  if (parameter.nodeTypes && !(parameter.nodeTypes as readonly string[]).includes(type))
    throw notFound(query, parameter, id, type);
}

/** Memory side: the id must name a node of one of the parameter's node types. */
export function requireNode(graph: AtlasGraph, query: string, parameter: QueryParameter, id: string): void {
  requireType(query, parameter, id, graph.hasNode(id) ? graph.getNodeAttribute(id, 'type') : undefined);
}

/**
 * Cypher side: the queries return the type of each id parameter's node (null when there is none), in a column
 * named after the parameter with "Type" appended, so toResult fails exactly as the memory side does.
 */
export function requireFoundType(
  record: CypherRecord | undefined,
  query: string,
  parameter: QueryParameter,
  id: string,
): void {
  const type = record?.[`${parameter.name}Type`];
  requireType(query, parameter, id, typeof type === 'string' ? type : undefined);
}

/** A modality that no commitment has: a 404, since an empty answer would hide a typo. */
export function unknownModality(query: string, modality: string): NotFoundError {
  return new NotFoundError(`${query}: no commitment has modality "${modality}"`);
}

/** The parameter of a definition by name (definitions are static: a missing one is a programming error). */
export function parameterOf(parameters: readonly QueryParameter[], name: string): QueryParameter {
  const parameter = parameters.find((p) => p.name === name);
  if (!parameter) throw new Error(`lib/queries/params: no parameter "${name}"`);
  return parameter;
}

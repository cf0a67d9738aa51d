/**
 * Cypher console requests
 * =======================
 * The body of POST /api/cypher, checked before any store sees it: valid JSON, an object with a non-empty `query`
 * no longer than the configured limit, and `params` (optional) an object of JSON values nested at most
 * MAX_PARAMS_DEPTH deep (zod's recursive JSON check overflowed the stack on 5,000 nested lists: a 500). Every
 * refusal is an InvalidInputError naming the field.
 */
import { z } from 'zod';
import { InvalidInputError } from '../store/errors';
import { reportedIssue } from '../issues';

export interface CypherRequest {
  query: string;
  params: Record<string, unknown>;
}

/** Far deeper than any real parameter (a map of lists of maps is 3), far shallower than the stack. */
export const MAX_PARAMS_DEPTH = 100;

/** How deeply a parsed JSON value nests, counted without recursion; stops counting past `limit`. */
function depthOver(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((item) => (item !== null && typeof item === 'object' ? Object.values(item) : []));
  }
  return false;
}

function schema(maxLength: number) {
  return z.strictObject({
    query: z
      .string({ error: 'required: the Cypher text' })
      .refine((q) => q.trim().length > 0, 'must not be empty')
      .refine((q) => q.length <= maxLength, `longer than ${maxLength} characters`),
    params: z.record(z.string(), z.json(), { error: 'must be an object of JSON values' }).optional(),
  });
}

export function parseCypherRequest(body: string, maxLength: number): CypherRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new InvalidInputError('invalid JSON body: send {"query": "MATCH …", "params": {…}}', 'body');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InvalidInputError('the body must be a JSON object {"query": "…", "params": {…}}', 'body');
  }
  if (depthOver((json as { params?: unknown }).params, MAX_PARAMS_DEPTH)) {
    throw new InvalidInputError(`invalid field "params": nested deeper than ${MAX_PARAMS_DEPTH} levels`, 'params');
  }
  const result = schema(maxLength).safeParse(json);
  if (!result.success) {
    const issue = reportedIssue(result.error);
    if (issue?.code === 'unrecognized_keys') {
      // Worded as the routes word an unknown query parameter (lib/http.ts), so one pattern reads the field.
      const field = issue.keys[0] ?? 'body';
      throw new InvalidInputError(`invalid field "${field}": unknown field (expected one of: query, params)`, field);
    }
    const field = issue?.path.join('.') || 'body';
    throw new InvalidInputError(`invalid field "${field}": ${issue?.message ?? 'invalid'}`, field);
  }
  return { query: result.data.query, params: (result.data.params ?? {}) as Record<string, unknown> };
}

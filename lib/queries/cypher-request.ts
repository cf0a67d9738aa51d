/**
 * Cypher console requests
 * =======================
 * The body of POST /api/cypher, checked before any store sees it: valid JSON, an object with a non-empty `query`
 * no longer than the configured limit, and `params` (optional) an object of JSON values. Every refusal is an
 * InvalidInputError naming the field.
 */
import { z } from 'zod';
import { InvalidInputError } from '../store/errors';
import { reportedIssue } from '../issues';

export interface CypherRequest {
  query: string;
  params: Record<string, unknown>;
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

/**
 * Route handler helpers
 * =====================
 * Every API route answers through `respond`: domain errors become `{error}` JSON with their status, anything
 * unexpected a 500 whose details stay in the server log. Query parameters are validated with zod, naming the field.
 */
import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { AtlasDataError } from './graph/errors';
import { InvalidInputError, isAtlasError } from './store/errors';

export async function respond(handler: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await handler();
    return result instanceof Response ? result : NextResponse.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}

export function errorResponse(error: unknown): NextResponse {
  if (isAtlasError(error)) return NextResponse.json({ error: error.message }, { status: error.status });
  if (error instanceof AtlasDataError) {
    console.error(error.message);
    return NextResponse.json({ error: 'the graph data is invalid: run `npm run atlas -- validate`' }, { status: 500 });
  }
  console.error('lib/http: unexpected error', error);
  return NextResponse.json({ error: 'internal error' }, { status: 500 });
}

/** Parses URL search parameters with a zod schema; the first problem becomes a 400 naming its field. */
export function parseParams<T>(url: string | URL, schema: z.ZodType<T>): T {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'query';
  throw new InvalidInputError(`invalid parameter "${field}": ${issue?.message ?? 'invalid'}`, field);
}

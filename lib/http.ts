/**
 * Route handler helpers
 * =====================
 * Every API route answers through `respond`: domain errors become `{error}` JSON with their status, anything
 * unexpected a 500 whose details stay in the server log. Every message starts with its origin, put there once for
 * the whole route (scripts/api-origin.mjs: the route's name unless the error names a deeper one), so the shared
 * helpers below word their errors without one. Query parameters are validated with zod, naming the field.
 * `otherMethods` gives each route its answers for the methods it does not implement: a 405 in the same `{error}`
 * shape with an `Allow` header (Next's own 405 has an empty body and no `Allow`). Answers say how a cache may keep
 * them: `no-cache` unless the route says otherwise, `no-store` for failures.
 */
import 'server-only';
import { NextResponse } from 'next/server';
import { withOrigin } from '../scripts/api-origin.mjs';
import { rawQueryProblem } from '../scripts/raw-query.mjs';
import { causeLine } from './security/redact';
import type { z } from 'zod';
import { ConfigError } from './config';
import { reportedIssue } from './issues';
import { AtlasDataError } from './graph/errors';
import { InvalidInputError, PayloadTooLargeError, UnsupportedMediaTypeError, isAtlasError } from './store/errors';

/** The route's answer; a failure is `{error}` whose message starts with `origin` (the route's name, `nodes`). */
export async function respond(origin: string, handler: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await handler();
    const response = result instanceof Response ? result : NextResponse.json(result);
    // The data changes with each load (Neo4j): a cache may keep an answer but must ask before reusing it. Routes
    // with their own rule (the graph's ETag, the export's no-store) keep it.
    if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-cache');
    return response;
  } catch (error) {
    return errorResponse(error, origin);
  }
}

/** How a failure is reported: a status and a message fit for the response body. */
export interface Failure {
  status: number;
  message: string;
}

/** The store's origin, as Neo4j's outage is `lib/store/neo4j`'s: the data it is built from is what failed. */
const INVALID_DATA_MESSAGE = 'lib/store/memory: the graph data is invalid: run `npm run atlas -- validate`';

/**
 * Maps an error to its status and public message, logging what the body leaves out; the message starts with
 * `origin` unless it names a deeper one (scripts/api-origin.mjs). Invalid data is a 503: like a store that is down,
 * the app cannot answer until someone acts (the store is built again on the next request).
 */
export function describeFailure(error: unknown, origin: string): Failure {
  const failure = unprefixedFailure(error);
  return { status: failure.status, message: withOrigin(origin, failure.message) };
}

function unprefixedFailure(error: unknown): Failure {
  if (isAtlasError(error)) {
    // The driver's own words (hosts, TLS settings) go to the log only; the body keeps the domain message.
    if (error.cause !== undefined) logThrottled(`${error.message}: ${causeLine(error.cause)}`);
    return { status: error.status, message: error.message };
  }
  if (error instanceof ConfigError) {
    // Normally caught at start-up (instrumentation.ts); the message names the variable, never a secret's value.
    logThrottled(error.message);
    return { status: 503, message: error.message };
  }
  if (error instanceof AtlasDataError) {
    console.error(error.message);
    return { status: 503, message: INVALID_DATA_MESSAGE };
  }
  console.error('lib/http: unexpected error', error);
  return { status: 500, message: 'internal error' };
}

const LOG_INTERVAL_MS = 30_000;
const lastLogged = new Map<string, number>();

/** An outage fails every request the same way: one log line per distinct message every 30 s is enough. */
function logThrottled(line: string): void {
  const now = Date.now();
  if (now - (lastLogged.get(line) ?? -Infinity) < LOG_INTERVAL_MS) return;
  if (lastLogged.size > 100) lastLogged.clear();
  lastLogged.set(line, now);
  console.error(line);
}

export function errorResponse(error: unknown, origin: string): NextResponse {
  const { status, message } = describeFailure(error, origin);
  // A 503 or a 400 is about this moment or this request: never one to keep.
  return NextResponse.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}

/** The one parameter name every route ignores: a cache-buster, never a question. */
export const CACHE_BUSTER = '_';

/**
 * A URL's query parameters as one value each. A repeated parameter is refused rather than silently cut to one of
 * its values (`forum=arf&forum=sco` answering for SCO alone would look like an answer to the question asked); so are
 * broken percent-encoding and `__proto__` (scripts/raw-query.mjs; under `npm start` the server refuses them before
 * Next, which would hand the route a query it had already decoded and re-encoded).
 */
export function singleParams(url: string | URL): Record<string, string> {
  const problem = rawQueryProblem(typeof url === 'string' ? url : url.href);
  if (problem) throw new InvalidInputError(problem.message, problem.field);
  // A Map, then own properties: `params["__proto__"] = …` would set the object's prototype, and the parameter
  // would vanish instead of being refused as unknown.
  const params = new Map<string, string>();
  for (const [key, value] of new URL(url).searchParams) {
    // `_=<time>` is the usual cache-buster (jQuery's `cache: false` adds it): it asks nothing, so it is not refused.
    if (key === CACHE_BUSTER) continue;
    if (params.has(key)) {
      throw new InvalidInputError(`invalid parameter "${key}": given more than once (give it once)`, key);
    }
    params.set(key, value);
  }
  return Object.fromEntries(params);
}

/**
 * Parses URL search parameters with a zod schema; the first problem becomes a 400 naming its field. A blank value
 * is an absent one (an optional parameter takes its default; a required one is "required"), as in the named queries.
 * With a strict object schema, a parameter the route does not take is a 400 that lists the ones it does: a typo
 * (`modalty=will`) must not answer as if no filter had been asked for.
 */
export function parseParams<T>(url: string | URL, schema: z.ZodType<T>): T {
  const params = Object.fromEntries(Object.entries(singleParams(url)).filter(([, value]) => value.trim() !== ''));
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const issue = reportedIssue(result.error);
  if (issue?.code === 'unrecognized_keys') {
    const field = issue.keys[0] ?? 'query';
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    const expected = shape ? ` (expected one of: ${Object.keys(shape).join(', ')})` : '';
    throw new InvalidInputError(`invalid parameter "${field}": unknown parameter${expected}`, field);
  }
  const field = issue?.path.join('.') || 'query';
  throw new InvalidInputError(`invalid parameter "${field}": ${issue?.message ?? 'invalid'}`, field);
}

/**
 * Refuses a parameter given blank where blank cannot mean "absent": for a text to look for, `q=` is almost always an
 * empty variable in a script, and answering as if nothing had been asked would look like every item matched.
 */
export function refuseBlank(url: string | URL, names: readonly string[]): void {
  const params = singleParams(url);
  for (const name of names) {
    if (params[name] !== undefined && params[name].trim() === '') {
      throw new InvalidInputError(`invalid parameter "${name}": must not be empty (leave it out to ask for all)`, name);
    }
  }
}

/**
 * A JSON request body as text, at most `maxBytes`. JSON only: a cross-site form or a "simple" text/plain POST
 * cannot reach the route without a CORS preflight, so no other page can spend the console's slots. The size is
 * checked from Content-Length and again while reading, so an oversized body is never held in memory.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<string> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new UnsupportedMediaTypeError(
      `the body must be JSON (Content-Type: application/json), not ${type ? `"${type}"` : 'untyped'}`,
    );
  }
  const tooLarge = () => new PayloadTooLargeError(`the body is larger than ${maxBytes} bytes`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // A client that goes away mid-body ("aborted") is no server fault: a 400 (to no one), not a logged 500.
  const next = () =>
    reader.read().catch(() => {
      throw new InvalidInputError('the body ended before it was complete (the client went away?)', 'body');
    });
  for (let read = await next(); !read.done; read = await next()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * If-None-Match as RFC 9110 §13.1.2 reads it: `*`, or a list of tags compared weakly (a proxy may have turned the
 * tag into W/"…" after re-encoding the body, which is still the same graph).
 */
export function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The methods a route may implement; HEAD is left to Next, which answers it with the GET handler. */
export const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

type MethodHandler = (request: Request) => Response;

/** The `Allow` value for a route implementing `allowed`: HEAD comes with GET, OPTIONS always (answered here). */
export function allowHeader(allowed: readonly RouteMethod[]): string {
  return [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
}

/**
 * Handlers for every method a route does not implement (405 `{error}` with `Allow`), plus OPTIONS: once a route
 * exports these, Next's automatic OPTIONS would list them as allowed, so OPTIONS answers with the true list.
 * Use: `export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);` — Next reads the method
 * names from the module's exports at run time, destructured constants included.
 */
export function otherMethods<A extends RouteMethod>(
  allowed: readonly A[],
): Record<Exclude<RouteMethod, A> | 'OPTIONS', MethodHandler> {
  const allow = allowHeader(allowed);
  const notAllowed: MethodHandler = (request) => {
    const path = new URL(request.url).pathname.slice(0, 200);
    return NextResponse.json(
      { error: `app/api: ${path}: method ${request.method} is not allowed; allowed: ${allow}` },
      // A refusal, like every error here: no-store (errorResponse).
      { status: 405, headers: { Allow: allow, 'cache-control': 'no-store' } },
    );
  };
  const handlers: Partial<Record<RouteMethod | 'OPTIONS', MethodHandler>> = {
    OPTIONS: () => new Response(null, { status: 204, headers: { Allow: allow } }),
  };
  for (const method of ROUTE_METHODS) {
    if (!(allowed as readonly RouteMethod[]).includes(method)) handlers[method] = notAllowed;
  }
  return handlers as Record<Exclude<RouteMethod, A> | 'OPTIONS', MethodHandler>;
}

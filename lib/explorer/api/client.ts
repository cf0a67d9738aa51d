/**
 * API client
 * ==========
 * Typed GET helpers for the explorer's requests to the public HTTP API. The shapes are the store contract's
 * (imported as types only, so nothing of the store reaches the browser). Failures throw an ApiError naming the
 * route, with the HTTP status and a sentence fit for the page; a 503 (the store is down) or no answer at all is
 * also reported to the page's store health monitor, so the banner appears at once. Aborted requests reject with
 * the AbortError so callers can ignore them.
 */
import type { SerializedGraph } from 'graphology-types';
import type { DocumentView, EdgeDetails, NodeDetails, SearchResult } from '@/lib/store/types';
import { apiOrigin, withoutOrigin } from '@/scripts/api-origin.mjs';
import { storeHealth } from '../health/monitor';
import { mark } from '../perf/marks';

export type { DocumentView, EdgeDetails, NodeDetails, SearchResult };
export type { Neighbor, ProvenanceView } from '@/lib/store/types';

/** The graph's URL; app/page.tsx preloads it, so the request here must match the preload (no extra headers). */
export const GRAPH_URL = '/api/graph';

export class ApiError extends Error {
  constructor(
    readonly path: string,
    /** HTTP status, or 0 when the server did not answer. */
    readonly status: number,
    /** What went wrong, in words for the page (the server's `{error}` when it gave one). */
    readonly detail: string,
  ) {
    super(`lib/explorer/api: GET ${path} failed: ${detail}`);
    this.name = 'ApiError';
  }

  /** The store (503) or the server (no answer) is unavailable: retrying later may succeed. */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

const MEMORY_STORE = 'lib/store/memory: ';

/**
 * A sentence for the page: what failed, without the route names meant for logs (the API's `nodes: unknown node "x"`
 * reads `unknown node "x"` under a heading that already says which details failed to load).
 */
export function userMessage(error: unknown): string {
  if (error instanceof ApiError) {
    // The embedded store's 503 is data it cannot read, not a database gone away: its reason names the fix.
    if (error.status === 503 && error.detail.startsWith(MEMORY_STORE)) return error.detail.slice(MEMORY_STORE.length);
    if (error.status === 503) return 'the graph database is unavailable';
    if (error.status === 0) return 'the server did not answer';
    return withoutOrigin(apiOrigin(error.path), error.detail);
  }
  return error instanceof Error ? error.message : String(error);
}

async function request(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (isAbortError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    storeHealth().report({ type: 'down', reason: 'server', message });
    throw new ApiError(path, 0, message);
  }
  if (response.ok) return response;
  let detail = `${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') detail = body.error;
  } catch {
    // Not JSON: keep the status line.
  }
  if (response.status === 503) storeHealth().report({ type: 'down', reason: 'store', message: detail });
  throw new ApiError(path, response.status, detail);
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await request(path, { signal, headers: { accept: 'application/json' } });
  return (await response.json()) as T;
}

/** The whole graph. Plain GET (no headers): it must match the `<link rel="preload">` of the page to reuse it. */
export async function fetchGraph(signal?: AbortSignal): Promise<SerializedGraph> {
  const response = await request(GRAPH_URL, { signal });
  mark('graph-response');
  const graph = (await response.json()) as SerializedGraph;
  mark('graph-parsed');
  return graph;
}

export function fetchNode(id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return getJson(`/api/nodes/${encodeURIComponent(id)}`, signal);
}

export function fetchEdge(id: string, signal?: AbortSignal): Promise<EdgeDetails> {
  return getJson(`/api/edges/${encodeURIComponent(id)}`, signal);
}

export async function fetchSearch(query: string, limit: number, signal?: AbortSignal): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  const body = await getJson<{ results: SearchResult[] }>(`/api/search?${params}`, signal);
  return body.results;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

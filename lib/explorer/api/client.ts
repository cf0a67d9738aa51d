/**
 * API client
 * ==========
 * Typed GET helpers for the explorer's requests to the public HTTP API. The shapes are the store contract's
 * (imported as types only, so nothing of the store reaches the browser). Failures throw with the route named and
 * the server's `{error}` message, and aborted requests reject with the AbortError so callers can ignore them.
 */
import type { DocumentView, EdgeDetails, NodeDetails, SearchResult } from '@/lib/store/types';

export type { DocumentView, EdgeDetails, NodeDetails, SearchResult };
export type { Neighbor, ProvenanceView } from '@/lib/store/types';

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new Error(`lib/explorer/api: GET ${path} failed: ${message}`);
  }
  return (await response.json()) as T;
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

/**
 * Selection details hook
 * ======================
 * Fetches the details of the selected node (GET /api/nodes/:id) or edge (GET /api/edges/:id), aborting a request
 * whose selection has moved on and caching answers so Back/Forward redisplay at once. The result is keyed by the
 * selection, so "loading" is simply "no result for this key yet". A failure is not cached: a new `attempt` (a
 * "Try again" press, the store coming back) asks again.
 */
'use client';

import { useEffect, useRef, useState } from 'react';
import {
  ApiError,
  fetchEdge,
  fetchNode,
  isAbortError,
  userMessage,
  type EdgeDetails,
  type NodeDetails,
} from '../api/client';

export type SelectionDetails =
  | { status: 'none' }
  | { status: 'loading'; key: string }
  | { status: 'error'; key: string; message: string; unavailable: boolean; notFound: boolean }
  | { status: 'node'; key: string; details: NodeDetails }
  | { status: 'edge'; key: string; details: EdgeDetails };

type Loaded = Exclude<SelectionDetails, { status: 'none' } | { status: 'loading' }>;

export function selectionKey(node: string | null, edge: string | null): string | null {
  if (node) return `node:${node}`;
  if (edge) return `edge:${edge}`;
  return null;
}

export function useSelectionDetails(node: string | null, edge: string | null, attempt = 0): SelectionDetails {
  const key = selectionKey(node, edge);
  const cache = useRef(new Map<string, Loaded>());
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!key || cache.current.has(key)) return;
    const controller = new AbortController();
    const request = node
      ? fetchNode(node, controller.signal).then((details): Loaded => ({ status: 'node', key, details }))
      : fetchEdge(edge ?? '', controller.signal).then((details): Loaded => ({ status: 'edge', key, details }));
    request
      .catch((error: unknown): Loaded | null =>
        isAbortError(error)
          ? null
          : {
              status: 'error',
              key,
              message: userMessage(error),
              unavailable: error instanceof ApiError && error.unavailable,
              // An id the graph does not have (a mistyped or outdated link): trying again cannot help.
              notFound: error instanceof ApiError && error.status === 404,
            },
      )
      .then((result) => {
        if (!result) return;
        if (result.status !== 'error') cache.current.set(key, result);
        setLoaded(result);
      });
    return () => controller.abort();
  }, [key, node, edge, attempt]);

  if (!key) return { status: 'none' };
  // The cache is read during render on purpose: it only grows, and a hit must show without a loading flash.
  // eslint-disable-next-line react-hooks/refs
  const hit = cache.current.get(key);
  if (hit) return hit;
  if (loaded?.key === key) return loaded;
  return { status: 'loading', key };
}

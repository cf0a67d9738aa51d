/**
 * Client graph hook
 * =================
 * Loads the graph the explorer draws: GET /api/graph (which the page preloads in its <head>, so the request is
 * already under way while the scripts download), parsed once and turned into the client graph. The JSON travels
 * beside the page rather than inside its RSC payload: that payload is a JSON string within a script, which costs
 * the server a serialisation per request and the browser two parses. A failure is a state, not a crash; a new
 * `attempt` (a "Try again" press, the store coming back) loads again.
 */
'use client';

import { useEffect, useRef, useState } from 'react';
import { ApiError, fetchGraph, isAbortError, userMessage } from '../api/client';
import { mark } from '../perf/marks';
import { buildClientGraph, type ClientGraph } from './client-graph';

export type GraphLoad =
  | { status: 'loading' }
  | { status: 'ready'; graph: ClientGraph }
  | { status: 'error'; message: string; unavailable: boolean };

const LOADING: GraphLoad = { status: 'loading' };

export function useClientGraph(attempt = 0): GraphLoad {
  const [load, setLoad] = useState<{ attempt: number; value: GraphLoad } | null>(null);
  const ready = useRef(false);

  useEffect(() => {
    if (ready.current) return;
    const controller = new AbortController();
    fetchGraph(controller.signal)
      .then((data): GraphLoad => {
        const graph = buildClientGraph(data);
        mark('graph-built');
        return { status: 'ready', graph };
      })
      .catch((error: unknown): GraphLoad | null =>
        isAbortError(error)
          ? null
          : {
              status: 'error',
              message: userMessage(error),
              unavailable: error instanceof ApiError && error.unavailable,
            },
      )
      .then((value) => {
        if (!value || ready.current) return;
        ready.current = value.status === 'ready';
        setLoad({ attempt, value });
      });
    return () => controller.abort();
  }, [attempt]);

  // A loaded graph is kept whatever happens next (later attempts do nothing): sigma draws that very object.
  if (load?.value.status === 'ready') return load.value;
  return load && load.attempt === attempt ? load.value : LOADING;
}

/**
 * Client graph hook
 * =================
 * Loads the graph the explorer draws: GET /api/graph (which the page preloads in its <head>, so the request is
 * already under way while the scripts download), parsed once and turned into the client graph. The JSON travels
 * beside the page rather than inside its RSC payload: that payload is a JSON string within a script, which costs
 * the server a serialisation per request and the browser two parses. A failure is a state, not a crash; a new
 * `attempt` (a "Try again" press, the store coming back) loads again. The first attempt starts when this module is
 * evaluated in the browser, not in an effect after hydration: the parse and the build then run while the page
 * hydrates instead of after it.
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

function loadGraph(signal?: AbortSignal): Promise<GraphLoad> {
  return fetchGraph(signal).then(
    (data): GraphLoad => {
      const graph = buildClientGraph(data);
      mark('graph-built');
      return { status: 'ready', graph };
    },
    (error: unknown): GraphLoad => {
      if (isAbortError(error)) throw error;
      return {
        status: 'error',
        message: userMessage(error),
        unavailable: error instanceof ApiError && error.unavailable,
      };
    },
  );
}

/**
 * The first attempt, under way as soon as the page's scripts run (the bytes come from the page's preload). Taken
 * once: an explorer mounted again later (client-side navigation) loads afresh.
 */
let firstLoad: Promise<GraphLoad> | null = typeof window === 'undefined' ? null : loadGraph();

function takeFirstLoad(): Promise<GraphLoad> | null {
  const taken = firstLoad;
  firstLoad = null;
  return taken;
}

export function useClientGraph(attempt = 0): GraphLoad {
  const [load, setLoad] = useState<{ attempt: number; value: GraphLoad } | null>(null);
  const ready = useRef(false);

  useEffect(() => {
    if (ready.current) return;
    const controller = new AbortController();
    const pending = (attempt === 0 ? takeFirstLoad() : null) ?? loadGraph(controller.signal);
    pending
      .catch((error: unknown) => {
        if (isAbortError(error)) return null;
        throw error;
      })
      .then((value) => {
        if (!value || ready.current || controller.signal.aborted) return;
        ready.current = value.status === 'ready';
        setLoad({ attempt, value });
      });
    return () => controller.abort();
  }, [attempt]);

  // A loaded graph is kept whatever happens next (later attempts do nothing): sigma draws that very object.
  if (load?.value.status === 'ready') return load.value;
  return load && load.attempt === attempt ? load.value : LOADING;
}

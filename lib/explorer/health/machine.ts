/**
 * Store health state machine
 * ==========================
 * Is the graph store answering? A pure reducer over what GET /api/health (and any API route) tells the browser,
 * plus the polling rhythm: an occasional check while all is well, and a quick backoff (2 s, 3 s, 4.5 s, then every
 * 5 s) while the store is down, so the banner goes away soon after the store is back without hammering the server.
 * No timers or fetch here: lib/explorer/health/monitor.ts drives it.
 */

export type HealthStatus = 'unknown' | 'ok' | 'down';

/**
 * Why the app is down: the store said so (503), the server itself did not answer, or it did not answer in time (a
 * request caught in flight when the database died can hang until the browser gives up: the server is there).
 */
export type DownReason = 'store' | 'server' | 'slow';

export interface HealthState {
  status: HealthStatus;
  reason: DownReason | null;
  /** The last error message (the server's `{error}`, or the network failure). */
  message: string | null;
  backend: string | null;
  /** Consecutive failed checks while down (0 when ok). */
  failures: number;
  /** How many times the store came back; consumers retry what failed when it changes. */
  recoveries: number;
}

export type HealthEvent =
  { type: 'ok'; backend?: string } | { type: 'down'; reason: DownReason; message: string; backend?: string };

export const INITIAL_HEALTH: HealthState = {
  status: 'unknown',
  reason: null,
  message: null,
  backend: null,
  failures: 0,
  recoveries: 0,
};

export const POLL = {
  /** While the store answers: a light check, for pages that make no requests of their own. */
  okMs: 10_000,
  downFirstMs: 2_000,
  downMaxMs: 5_000,
  factor: 1.5,
} as const;

/** `fn()` returns the next state; the input is not modified. */
export function transition(state: HealthState, event: HealthEvent): HealthState {
  if (event.type === 'ok') {
    return {
      status: 'ok',
      reason: null,
      message: null,
      backend: event.backend ?? state.backend,
      failures: 0,
      recoveries: state.status === 'down' ? state.recoveries + 1 : state.recoveries,
    };
  }
  return {
    status: 'down',
    reason: event.reason,
    message: event.message,
    backend: event.backend ?? state.backend,
    failures: state.failures + 1,
    recoveries: state.recoveries,
  };
}

/** Milliseconds until the next check: backoff from 2 s to 5 s while down, the slow rhythm otherwise. */
export function nextDelay(state: HealthState): number {
  if (state.status !== 'down') return POLL.okMs;
  const step = Math.max(0, state.failures - 1);
  return Math.min(POLL.downMaxMs, Math.round(POLL.downFirstMs * POLL.factor ** step));
}

function field(body: unknown, name: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

/**
 * What one answer of GET /api/health means. `status` 0 stands for "no answer" (a network error, or `timedOut`),
 * where `body` is the error message. Anything but a 2xx with `ok: true` is down; only a 503 is the store's own
 * outage.
 */
export function healthEvent(status: number, body: unknown, timedOut = false): HealthEvent {
  const backend = typeof field(body, 'backend') === 'string' ? (field(body, 'backend') as string) : undefined;
  if (status >= 200 && status < 300 && field(body, 'ok') === true) return { type: 'ok', backend };
  if (status === 0) {
    const message = typeof body === 'string' ? body : 'the server did not answer';
    return { type: 'down', reason: timedOut ? 'slow' : 'server', message };
  }
  const error = field(body, 'error');
  const message = typeof error === 'string' && error ? error : `HTTP ${status}`;
  // A 503 is the store's outage (the documented answer); any other failure means the server itself is in trouble.
  return { type: 'down', reason: status === 503 ? 'store' : 'server', message, backend };
}

/** The banner's sentence, or null when there is nothing to say. */
export function bannerText(state: HealthState): string | null {
  if (state.status !== 'down') return null;
  if (state.reason === 'server') return 'The atlas server is not answering — retrying…';
  if (state.reason === 'slow') return 'The atlas server is slow to answer — retrying…';
  // The embedded store has no database to lose: its 503 is data it cannot read (fixed, it serves again).
  if (state.message?.startsWith('lib/store/memory: ')) return 'The atlas cannot read its data — retrying…';
  return 'The graph database is unavailable — retrying…';
}

/** A module origin (`lib/store/neo4j: `), which names code, not anything the reader can act on. */
const MODULE_ORIGIN = /^(?:lib|app|scripts)\/[\w./-]+: /;

/**
 * The store's own reason beside the banner ("the graph data is invalid: run `npm run atlas -- validate`", "the
 * first atlas load … has not finished: … load again"), or null: the headline alone hid the command that fixes it.
 */
export function bannerDetail(state: HealthState): string | null {
  if (state.status !== 'down' || state.reason !== 'store' || !state.message) return null;
  const detail = state.message.replace(MODULE_ORIGIN, '');
  return detail.charAt(0).toUpperCase() + detail.slice(1).replace(/([^.…])$/, '$1.');
}

/**
 * Whether a page that could not load because the store was down should load again now. Once the page has seen a
 * check of its own (`checked`), the first answer "ok" retries (the store may have come back before that check,
 * which counts no recovery), and then each later recovery; `last` is the recovery count already retried for
 * (null before the first retry), so one recovery makes one retry and a page that still fails does not loop.
 */
export function retryDue(state: HealthState, checked: boolean, last: number | null): boolean {
  return checked && state.status === 'ok' && state.recoveries !== last;
}

/**
 * Store health monitor
 * ====================
 * Drives the health state machine: checks GET /api/health at the machine's rhythm while anyone listens, takes
 * reports from the API client (a 503 on any route means the store is down now, so the banner need not wait for
 * the next check), and re-checks at once when the tab becomes visible or the network comes back. One monitor per
 * page (`storeHealth()`), so every component sees the same state. Timers and fetch are injectable for tests.
 */
import { healthEvent, INITIAL_HEALTH, nextDelay, transition, type HealthEvent, type HealthState } from './machine';

export const HEALTH_URL = '/api/health';
const CHECK_TIMEOUT_MS = 5_000;

export interface HealthAnswer {
  /** HTTP status, or 0 when there was no answer. */
  status: number;
  /** The JSON body, or the error message when there was no answer. */
  body: unknown;
  /** No answer because the check gave up waiting (the server may be there, but slow). */
  timedOut?: boolean;
}

export interface HealthMonitorOptions {
  check?: () => Promise<HealthAnswer>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Whether the page is hidden (no routine checks then). */
  hidden?: () => boolean;
}

export interface HealthMonitor {
  getState(): HealthState;
  /** Listening starts the polling; the last listener leaving stops it. */
  subscribe(listener: () => void): () => void;
  /** An outside observation (the API client's): applied now, and a down state is re-checked on the backoff. */
  report(event: HealthEvent): void;
  /** Checks now (a "Retry now" button, the tab coming back). */
  check(): Promise<void>;
}

async function fetchHealth(): Promise<HealthAnswer> {
  try {
    const response = await fetch(HEALTH_URL, { cache: 'no-store', signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { status: 0, body: error instanceof Error ? error.message : String(error), timedOut };
  }
}

export function createHealthMonitor(options: HealthMonitorOptions = {}): HealthMonitor {
  const check = options.check ?? fetchHealth;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const hidden = options.hidden ?? (() => typeof document !== 'undefined' && document.visibilityState === 'hidden');

  let state = INITIAL_HEALTH;
  const listeners = new Set<() => void>();
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;

  const apply = (event: HealthEvent) => {
    state = transition(state, event);
    for (const listener of listeners) listener();
  };

  const schedule = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (listeners.size === 0) return;
    timer = setTimer(() => {
      timer = null;
      // A hidden tab skips routine checks while all is well; it checks when shown again (see onVisible).
      if (state.status !== 'down' && hidden()) schedule();
      else void run();
    }, nextDelay(state));
  };

  const run = (): Promise<void> => {
    inFlight ??= check()
      .then(({ status, body, timedOut }) => apply(healthEvent(status, body, timedOut)))
      .finally(() => {
        inFlight = null;
        schedule();
      });
    return inFlight;
  };

  const onVisible = () => {
    if (!hidden()) void run();
  };
  const onOnline = () => void run();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        if (typeof window !== 'undefined') {
          document.addEventListener('visibilitychange', onVisible);
          window.addEventListener('online', onOnline);
        }
        void run();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        if (timer !== null) clearTimer(timer);
        timer = null;
        if (typeof window !== 'undefined') {
          document.removeEventListener('visibilitychange', onVisible);
          window.removeEventListener('online', onOnline);
        }
      };
    },
    report(event) {
      const wasDown = state.status === 'down';
      apply(event);
      // The first failure re-checks on the backoff, not at the slow rhythm; later ones keep the running schedule.
      if (event.type === 'down' && !wasDown && !inFlight) schedule();
    },
    check: run,
  };
}

let shared: HealthMonitor | null = null;

/** The page's monitor (created on first use). */
export function storeHealth(): HealthMonitor {
  shared ??= createHealthMonitor();
  return shared;
}

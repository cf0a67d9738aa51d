/**
 * Store health: the state machine (transitions, backoff, reading /api/health answers, when a page that could not
 * load retries) and the polling monitor.
 */
import { describe, expect, it } from 'vitest';
import {
  bannerDetail,
  bannerText,
  healthEvent,
  INITIAL_HEALTH,
  nextDelay,
  POLL,
  retryDue,
  transition,
  type HealthEvent,
  type HealthState,
} from '@/lib/explorer/health/machine';
import { createHealthMonitor, type HealthAnswer } from '@/lib/explorer/health/monitor';

const down: HealthEvent = { type: 'down', reason: 'store', message: 'Neo4j is unavailable' };
const ok: HealthEvent = { type: 'ok', backend: 'neo4j' };

function run(events: HealthEvent[], from: HealthState = INITIAL_HEALTH): HealthState {
  return events.reduce(transition, from);
}

describe('health state machine', () => {
  it('starts unknown, says nothing, and checks again at the slow rhythm', () => {
    expect(INITIAL_HEALTH.status).toBe('unknown');
    expect(bannerText(INITIAL_HEALTH)).toBeNull();
    expect(nextDelay(INITIAL_HEALTH)).toBe(POLL.okMs);
    expect(run([ok])).toMatchObject({ status: 'ok', backend: 'neo4j', failures: 0, recoveries: 0 });
  });

  it('goes down with the message, backs off from 2 s to at most 5 s, and shows the banner', () => {
    const states = [1, 2, 3, 4, 5].map((n) =>
      run(
        Array.from({ length: n }, () => down),
        run([ok]),
      ),
    );
    expect(states.map(nextDelay)).toEqual([2000, 3000, 4500, 5000, 5000]);
    expect(states[0]).toMatchObject({ status: 'down', reason: 'store', message: 'Neo4j is unavailable', failures: 1 });
    expect(bannerText(states[0]!)).toBe('The graph database is unavailable — retrying…');
    expect(nextDelay(states[4]!)).toBeGreaterThanOrEqual(2000);
  });

  it('counts a recovery only when coming back from down, and resets the backoff', () => {
    const back = run([ok, down, down, ok]);
    expect(back).toMatchObject({ status: 'ok', failures: 0, recoveries: 1, message: null, backend: 'neo4j' });
    expect(bannerText(back)).toBeNull();
    expect(run([ok, ok]).recoveries).toBe(0);
    expect(run([ok, down, ok, down, ok]).recoveries).toBe(2);
  });

  it('does not modify the state it is given', () => {
    const before = run([ok]);
    const copy = structuredClone(before);
    transition(before, down);
    expect(before).toEqual(copy);
  });

  it('says why the store cannot answer: invalid data on the embedded store, with the command the server names', () => {
    const invalid = run([
      healthEvent(503, {
        ok: false,
        backend: 'memory',
        error: 'lib/store/memory: the graph data is invalid: run `npm run atlas -- validate`',
      }),
    ]);
    // Before, it read "The graph database is unavailable" on a backend that has no database.
    expect(bannerText(invalid)).toBe('The atlas cannot read its data — retrying…');
    expect(bannerDetail(invalid)).toBe('The graph data is invalid: run `npm run atlas -- validate`.');
    const outage = run([
      healthEvent(503, {
        ok: false,
        backend: 'neo4j',
        error: 'lib/store/neo4j: Neo4j is unavailable at the configured NEO4J_URI',
      }),
    ]);
    expect(bannerText(outage)).toBe('The graph database is unavailable — retrying…');
    expect(bannerDetail(outage)).toBe('Neo4j is unavailable at the configured NEO4J_URI.');
    expect(bannerDetail(run([healthEvent(0, 'fetch failed')]))).toBeNull();
    expect(bannerDetail(run([ok]))).toBeNull();
  });

  it('reads /api/health answers: ok, the store’s 503, other failures, no answer', () => {
    expect(healthEvent(200, { ok: true, backend: 'memory', nodes: 1 })).toEqual({ type: 'ok', backend: 'memory' });
    expect(healthEvent(503, { ok: false, backend: 'neo4j', error: 'Neo4j is unavailable' })).toEqual({
      type: 'down',
      reason: 'store',
      message: 'Neo4j is unavailable',
      backend: 'neo4j',
    });
    expect(healthEvent(500, { error: 'internal error' })).toMatchObject({
      reason: 'server',
      message: 'internal error',
    });
    expect(healthEvent(502, null)).toMatchObject({ reason: 'server', message: 'HTTP 502' });
    expect(healthEvent(200, { ok: false })).toMatchObject({ type: 'down' });
    expect(healthEvent(0, 'fetch failed')).toMatchObject({ reason: 'server', message: 'fetch failed' });
    expect(bannerText(run([healthEvent(0, 'fetch failed')]))).toMatch(/server is not answering/);
    // A check that gave up waiting is not "no server": a request caught when the database died can hang a while.
    expect(healthEvent(0, 'The operation was aborted due to timeout', true)).toMatchObject({ reason: 'slow' });
    expect(bannerText(run([healthEvent(0, 'timeout', true)]))).toBe('The atlas server is slow to answer — retrying…');
  });
});

describe('retrying a page that could not load', () => {
  /** Replays what a page's retry hook sees: after each state, whether it retries (and then remembers the count). */
  function retries(states: HealthState[], checked = true): boolean[] {
    let last: number | null = null;
    return states.map((state) => {
      const due = retryDue(state, checked, last);
      if (due) last = state.recoveries;
      return due;
    });
  }

  it('waits for its own check, then retries once when the store answers (back before that check)', () => {
    expect(retryDue(run([ok]), false, null)).toBe(false);
    expect(retries([INITIAL_HEALTH, run([ok]), run([ok, ok])])).toEqual([false, true, false]);
  });

  it('retries once per recovery while the store goes and comes back, never while it is down', () => {
    const states = [run([down]), run([down, down]), run([down, ok]), run([down, ok, ok]), run([down, ok, down])];
    states.push(run([down, ok, down, ok]));
    expect(retries(states)).toEqual([false, false, true, false, false, true]);
  });

  it('does not retry again for a recovery it already retried for (a page that still fails does not loop)', () => {
    const back = run([down, ok]);
    expect(retryDue(back, true, back.recoveries)).toBe(false);
    expect(retryDue(back, true, back.recoveries - 1)).toBe(true);
  });
});

/** A monitor on fake timers: `answers` are served in order (the last one repeats). */
function harness(answers: HealthAnswer[]) {
  const timers: Array<{ fn: () => void; ms: number; handle: number }> = [];
  let next = 1;
  let calls = 0;
  const monitor = createHealthMonitor({
    check: async () => answers[Math.min(calls++, answers.length - 1)]!,
    setTimer: (fn, ms) => {
      const handle = next++;
      timers.push({ fn, ms, handle });
      return handle;
    },
    clearTimer: (handle) => {
      const index = timers.findIndex((t) => t.handle === handle);
      if (index >= 0) timers.splice(index, 1);
    },
    hidden: () => false,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    monitor,
    timers,
    calls: () => calls,
    settle,
    /** Fires the pending timer and waits for its check. */
    async tick() {
      const timer = timers.shift();
      if (!timer) throw new Error('no timer pending');
      timer.fn();
      await settle();
      return timer.ms;
    },
  };
}

const UP: HealthAnswer = { status: 200, body: { ok: true, backend: 'neo4j' } };
const DOWN: HealthAnswer = { status: 503, body: { ok: false, backend: 'neo4j', error: 'Neo4j is unavailable' } };

describe('health monitor', () => {
  it('checks on the first listener, polls at the rhythm of the state, and stops with the last listener', async () => {
    const h = harness([UP, DOWN, DOWN, UP]);
    const seen: string[] = [];
    const stop = h.monitor.subscribe(() => seen.push(h.monitor.getState().status));
    await h.settle();
    expect(h.monitor.getState().status).toBe('ok');
    expect(h.timers.map((t) => t.ms)).toEqual([POLL.okMs]);
    expect(await h.tick()).toBe(POLL.okMs);
    expect(h.monitor.getState()).toMatchObject({ status: 'down', failures: 1 });
    expect(h.timers.map((t) => t.ms)).toEqual([2000]);
    await h.tick();
    expect(h.timers.map((t) => t.ms)).toEqual([3000]);
    await h.tick();
    expect(h.monitor.getState()).toMatchObject({ status: 'ok', recoveries: 1 });
    expect(seen).toEqual(['ok', 'down', 'down', 'ok']);
    stop();
    expect(h.timers).toEqual([]);
  });

  it('says a check that timed out is slow, not absent, and names the database once the store answers 503', async () => {
    const h = harness([UP, { status: 0, body: 'The operation was aborted due to timeout', timedOut: true }, DOWN]);
    const stop = h.monitor.subscribe(() => undefined);
    await h.settle();
    await h.tick();
    expect(h.monitor.getState()).toMatchObject({ status: 'down', reason: 'slow' });
    await h.tick();
    expect(h.monitor.getState()).toMatchObject({ status: 'down', reason: 'store' });
    stop();
  });

  it('takes a 503 reported by another request at once and re-checks on the backoff', async () => {
    const h = harness([UP]);
    const stop = h.monitor.subscribe(() => undefined);
    await h.settle();
    h.monitor.report({ type: 'down', reason: 'store', message: 'Neo4j is unavailable' });
    expect(h.monitor.getState().status).toBe('down');
    expect(h.timers.map((t) => t.ms)).toEqual([2000]);
    await h.tick();
    expect(h.monitor.getState()).toMatchObject({ status: 'ok', recoveries: 1 });
    stop();
  });

  it('shares one check between simultaneous requests for one', async () => {
    const h = harness([UP]);
    const stop = h.monitor.subscribe(() => undefined);
    await Promise.all([h.monitor.check(), h.monitor.check()]);
    expect(h.calls()).toBe(1);
    stop();
  });
});

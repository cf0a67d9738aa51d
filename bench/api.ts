/**
 * HTTP benchmarks
 * ===============
 * GET /api/graph on the production server at 50 connections against a bare node:http server answering the same
 * bytes (the most any Node server could do), and the load run: 50 connections on the main routes, errors counted
 * and p99 reported against the bare server's p99 under the same load.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { row, type BenchRow } from './support';

const CONNECTIONS = 50;
const MAIN_ROUTES = [
  '/api/health',
  '/api/graph',
  '/api/nodes/arf',
  '/api/search?q=ARF',
  '/api/matrix',
  '/api/commitments?forum=arf',
  '/api/queries/actions-for-forum?forum=arf',
  '/api/documents/iscc-2017',
];

interface Run {
  requestsPerSecond: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** One autocannon run from its own process (bench/load-generator.mjs). */
async function hammer(url: string, seconds: number, paths?: string[]): Promise<Run> {
  const options = {
    url,
    connections: CONNECTIONS,
    duration: seconds,
    ...(paths ? { requests: paths.map((path) => ({ method: 'GET', path })) } : {}),
  };
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./load-generator.mjs', import.meta.url)), JSON.stringify(options)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Listening for the exit before reading: the child may exit right after its one line.
  const exited = once(child, 'exit') as Promise<[number | null]>;
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const [code] = await exited;
  if (code !== 0) throw new Error(`bench/api: the load generator exited with ${code}`);
  return JSON.parse(line) as Run;
}

/** Rounds of equal length as one run: their mean rate, the worst p99, every error. */
function combine(runs: Run[]): Run {
  const sum = (pick: (run: Run) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requestsPerSecond: sum((run) => run.requestsPerSecond) / runs.length,
    p99: Math.max(...runs.map((run) => run.p99)),
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
    requests: sum((run) => run.requests),
  };
}

/** The bare server (bench/bare-http.mjs) in its own process, answering every request with `source`'s bytes. */
async function bareServer(source: string): Promise<{ url: string; bytes: number; close(): Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./bare-http.mjs', import.meta.url)), source], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const { port, bytes } = JSON.parse(line) as { port: number; bytes: number };
  return {
    url: `http://127.0.0.1:${port}`,
    bytes,
    close: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function benchApi(baseURL: string, quick: boolean): Promise<BenchRow[]> {
  const bare = await bareServer(`${baseURL}/api/graph`);
  try {
    const rounds = 3;
    const roundSeconds = quick ? 2 : 5;
    const seconds = rounds * roundSeconds;
    // Both servers warmed alike: Next's request path needs seconds of traffic before the JIT has caught up.
    for (const url of [baseURL, bare.url]) await hammer(`${url}/api/graph`, quick ? 3 : 8);
    // Alternating rounds, so a slow spell of this shared machine falls on both sides rather than on one (a
    // single 15 s run each measured this ratio anywhere from 0.47 to 0.63).
    const oursRounds: Run[] = [];
    const baselineRounds: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      oursRounds.push(await hammer(`${baseURL}/api/graph`, roundSeconds));
      baselineRounds.push(await hammer(`${bare.url}/api/graph`, roundSeconds));
    }
    const ours = combine(oursRounds);
    const baseline = combine(baselineRounds);

    const loadSeconds = quick ? 10 : 30;
    const load = await hammer(baseURL, loadSeconds, MAIN_ROUTES);
    const bareLoad = await hammer(bare.url, loadSeconds, MAIN_ROUTES);
    return [
      row({
        name: 'api-graph-vs-bare-http',
        ours: ours.requestsPerSecond,
        baseline: baseline.requestsPerSecond,
        unit: 'req/s',
        better: 'higher',
        target: 0.5,
        note: `${CONNECTIONS} connections × ${seconds} s in ${rounds} alternating rounds, ${bare.bytes} bytes per answer (bare server in its own process, like the app); errors: ours ${ours.errors + ours.non2xx}, bare ${baseline.errors + baseline.non2xx}`,
      }),
      row({
        name: 'load-main-routes-p99',
        ours: load.p99,
        baseline: bareLoad.p99,
        unit: 'ms',
        better: 'lower',
        note: `${CONNECTIONS} connections × ${loadSeconds} s over ${MAIN_ROUTES.length} routes: ${load.requests} requests, ${Math.round(load.requestsPerSecond)} req/s, ${load.errors} errors, ${load.non2xx} non-2xx (baseline: the bare server answering /api/graph's bytes)`,
      }),
    ];
  } finally {
    await bare.close();
  }
}

/**
 * Neo4j launcher supervisor
 * =========================
 * Starts Neo4j Community from the Maven jars and waits until Bolt answers, so the start script, the integration
 * tests and the benchmarks share one way in; also stops it, by handle or by pid file, gently or (for fault
 * tests) with SIGKILL.
 *
 * Bolt readiness, process watching and stopping by pid file live beside this file (bolt, child-watch, pidfile);
 * this one launches and is the public entry point.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_TIMEOUT_MS, verifyBolt } from './bolt';
import { OutputTail, watchExit } from './child-watch';
import { STOP_GRACE_MS } from './pidfile';
import { freePort, portFree } from './ports';
import { timeout } from './process-utils';
import { provisionNeo4j } from './provision';
import { launcherJvmArgs, type Neo4jRuntime } from './runtime';

export { waitForBolt } from './bolt';
export { isLauncherProcess, killHard, launcherPort, readPidFile, stopByPidFile, type StopResult } from './pidfile';

const ORIGIN = 'scripts/neo4j: ';
const READY = /^NEO4J READY (bolt:\/\/\S+)\s*$/m;
const LOG_LINES_IN_ERRORS = 30;

export interface StartNeo4jOptions {
  /** 0 or undefined: a free port picked here (and picked again if someone takes it before Neo4j binds it). */
  port?: number;
  /** Neo4j's home: databases, transaction logs and debug.log live under it. Created if missing. */
  dataDir: string;
  /** Turns auth on with this password for user `neo4j`. Reaches the JVM through its environment only. */
  password?: string;
  /** JVM heap (-Xms = -Xmx), e.g. '1g'. */
  heap?: string;
  /** Neo4j page cache, e.g. '256m'. */
  pageCache?: string;
  /** Outlives this process (own process group, output to logFile); otherwise it dies with us. */
  detached?: boolean;
  /** The launcher's stdout+stderr (appended). Default when detached: <dataDir>/logs/launcher.log. */
  logFile?: string;
  /** Spawn to Bolt answering; then the process is killed and the start fails. Default 120 s. */
  timeoutMs?: number;
  /** Written as soon as java is spawned (so a stop during startup finds it), removed if the start fails. */
  pidFile?: string;
}

export interface Neo4jServer {
  uri: string;
  port: number;
  pid: number;
  /** Milliseconds from spawning java to the driver's verified connection. */
  startMs: number;
  dataDir: string;
  logFile: string | undefined;
  /** SIGTERM (clean shutdown, store closed), SIGKILL if it takes longer than a minute. Idempotent. */
  stop(): Promise<void>;
  /** SIGKILL, as in a crash or power cut: the next start on dataDir runs recovery. */
  killHard(): Promise<void>;
}

export async function startNeo4j(opts: StartNeo4jOptions): Promise<Neo4jServer> {
  if (!opts || typeof opts.dataDir !== 'string' || !opts.dataDir)
    throw new Error(`${ORIGIN}startNeo4j needs a dataDir`);
  if (opts.port !== undefined && (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)) {
    throw new Error(`${ORIGIN}port must be an integer 0-65535, got ${opts.port}`);
  }
  const runtime = await provisionNeo4j();
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  const pickPort = !opts.port;
  // Neo4j binds Bolt only after starting its databases (~10 s in); a taken port is worth knowing at once.
  if (!pickPort && !(await portFree(opts.port as number))) {
    throw new Error(
      `${ORIGIN}port ${opts.port} on 127.0.0.1 is already in use; stop what holds it or pass another port (0 picks a free one)`,
    );
  }
  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await freePort() : (opts.port as number);
    try {
      return await launch(runtime, { ...opts, dataDir, port });
    } catch (error) {
      // The port we picked can be taken between our probe and Neo4j's bind; a fixed port is the caller's to fix.
      if (!pickPort || attempt >= 3 || !(error instanceof PortInUseError)) throw error;
    }
  }
}

class PortInUseError extends Error {}

interface LaunchOptions extends StartNeo4jOptions {
  port: number;
  dataDir: string;
}

async function launch(runtime: Neo4jRuntime, opts: LaunchOptions): Promise<Neo4jServer> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const logFile = opts.logFile
    ? resolve(opts.logFile)
    : opts.detached
      ? join(opts.dataDir, 'logs', 'launcher.log')
      : undefined;
  if (logFile) await mkdir(dirname(logFile), { recursive: true });

  const args = [
    ...launcherJvmArgs(runtime, { heap: opts.heap ?? '1g' }),
    '--data-dir',
    opts.dataDir,
    '--port',
    String(opts.port),
    '--page-cache',
    opts.pageCache ?? '256m',
    ...(opts.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  // Only the password given here may reach the JVM: a NEO4J_PASSWORD in our own environment (the app's client
  // setting) must not silently turn auth on for a throw-away test instance.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_PASSWORD;
  if (opts.password) env.NEO4J_PASSWORD = opts.password;

  const t0 = performance.now();
  let child: ChildProcess;
  let output: OutputTail;
  if (opts.detached) {
    const fd = openSync(logFile as string, 'a');
    output = new OutputTail(logFile, (await stat(logFile as string)).size);
    try {
      child = spawn(runtime.java, args, { detached: true, stdio: ['ignore', fd, fd], env });
    } finally {
      closeSync(fd);
    }
    child.unref();
  } else {
    output = new OutputTail(logFile);
    child = spawn(runtime.java, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    // Our end of stdin stays open and unwritten: when this process dies, the JVM reads EOF and stops itself.
    // Unref'd so a forgotten server never keeps Node alive (it then goes down with Node).
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as Socket | null)?.unref?.();
    child.unref();
    output.follow(child);
  }

  const exit = watchExit(child);
  const uri = `bolt://127.0.0.1:${opts.port}`;
  const spawnError = await Promise.race([
    exit.error,
    new Promise<undefined>((done) => setImmediate(() => done(undefined))),
  ]);
  if (spawnError) throw new Error(`${ORIGIN}could not run ${runtime.java}: ${spawnError.message}`);
  const pid = child.pid as number;
  if (opts.pidFile) {
    await mkdir(dirname(opts.pidFile), { recursive: true });
    await writeFile(opts.pidFile, `${pid}\n`);
  }

  const fail = async (why: string): Promise<never> => {
    if (exit.running()) {
      child.kill('SIGKILL');
      await exit.wait(10_000);
    }
    if (opts.pidFile) await rm(opts.pidFile, { force: true });
    const lines = await output.lastLines(LOG_LINES_IN_ERRORS);
    const message =
      `${ORIGIN}Neo4j on ${uri} (pid ${pid}) ${why}.\n` +
      `More in ${join(opts.dataDir, 'logs', 'debug.log')}${logFile ? ` and ${logFile}` : ''}. ` +
      (lines.length
        ? `Last ${lines.length} launcher lines:\n${lines.join('\n')}`
        : 'The launcher printed nothing yet.');
    throw lines.some((line) => /Address already in use|BindException|Failed to bind/i.test(line))
      ? new PortInUseError(message)
      : new Error(message);
  };

  const deadline = t0 + timeoutMs;
  // A referenced timer: while we wait, it is what keeps Node alive (the child and its pipes are unref'd).
  const timer = timeout(timeoutMs);
  const outcome = await Promise.race([
    output.waitFor(READY).then(() => 'ready' as const),
    exit.exited.then(() => 'exited' as const),
    timer.expired.then(() => 'timeout' as const),
  ]);
  timer.cancel();
  output.stopWaiting();
  if (outcome === 'exited') return fail(`exited during startup (${exit.describe()})`);
  if (outcome === 'timeout') return fail(`printed no READY line within ${timeoutMs} ms`);

  const verified = await verifyBolt(uri, opts.password, deadline, () => exit.running());
  if (verified !== true)
    return fail(
      exit.running()
        ? `did not answer Bolt within ${timeoutMs} ms (${verified})`
        : `exited after READY (${exit.describe()})`,
    );
  const startMs = Math.round(performance.now() - t0);

  const stop = async (): Promise<void> => {
    if (!exit.running()) return;
    child.kill('SIGTERM');
    if (await exit.wait(STOP_GRACE_MS)) return;
    child.kill('SIGKILL');
    if (!(await exit.wait(10_000))) throw new Error(`${ORIGIN}pid ${pid} survived SIGKILL`);
  };
  const killHard = async (): Promise<void> => {
    if (!exit.running()) return;
    child.kill('SIGKILL');
    if (!(await exit.wait(10_000))) throw new Error(`${ORIGIN}pid ${pid} survived SIGKILL`);
  };
  return { uri, port: opts.port, pid, startMs, dataDir: opts.dataDir, logFile, stop, killHard };
}

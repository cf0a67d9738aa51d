/**
 * Neo4j launcher supervisor
 * =========================
 * Starts Neo4j Community from the Maven jars and waits until Bolt answers, so the start script, the integration
 * tests and the benchmarks share one way in; also stops it, by handle or by pid file, gently or (for fault
 * tests) with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { freePort, isAlive, launcherJvmArgs, provisionNeo4j, type Neo4jRuntime } from './provision';

const ORIGIN = 'scripts/neo4j: ';
const READY = /^NEO4J READY (bolt:\/\/\S+)\s*$/m;
const DEFAULT_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 60_000;
const LOG_LINES_IN_ERRORS = 30;
const CLASSPATH_ARGFILE_SUFFIX = `${sep}launcher${sep}classpath.args`;

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

/** Waits until Bolt on uri completes a handshake (auth included); true, or the reason it did not. */
export async function waitForBolt(
  uri: string,
  { password, timeoutMs = DEFAULT_TIMEOUT_MS }: { password?: string; timeoutMs?: number } = {},
): Promise<true | string> {
  return verifyBolt(uri, password, performance.now() + timeoutMs, () => true);
}

/** Retries until the driver completes a handshake (auth included) or the deadline passes; returns true or why not. */
async function verifyBolt(
  uri: string,
  password: string | undefined,
  deadline: number,
  alive: () => boolean,
): Promise<true | string> {
  for (;;) {
    // A server with auth disabled accepts any basic token, so one token shape serves both modes.
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password ?? ''), {
      connectionTimeout: 5_000,
      maxConnectionPoolSize: 1,
      userAgent: 'strategy-atlas-scripts/neo4j',
    });
    let last: string;
    try {
      await driver.verifyConnectivity();
      return true;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
      // Wrong credentials will not improve with time; the caller set them, so say so now.
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized')
        return `authentication refused: ${last}`;
    } finally {
      await driver.close();
    }
    if (performance.now() >= deadline || !alive()) return last;
    await sleep(250);
  }
}

// --- process exit and output --------------------------------------------------------------------------------

function watchExit(child: ChildProcess) {
  let code: number | null = null;
  let signal: NodeJS.Signals | null = null;
  let done = child.exitCode !== null || child.signalCode !== null;
  let onError: (error: Error) => void = () => {};
  const error = new Promise<Error>((deliver) => (onError = deliver));
  const exited = new Promise<void>((deliver) => {
    if (done) return deliver();
    child.once('exit', (c, s) => {
      code = c;
      signal = s;
      done = true;
      deliver();
    });
    child.once('error', (e) => {
      done = true;
      onError(e);
      deliver();
    });
  });
  return {
    exited,
    error,
    running: () => !done,
    describe: () => (signal ? `killed by ${signal}` : `exit code ${code}`),
    /** Resolves true once exited, false if still running after ms. */
    wait: async (ms: number): Promise<boolean> => {
      if (done) return true;
      const timer = timeout(ms);
      try {
        return await Promise.race([exited.then(() => true), timer.expired.then(() => false)]);
      } finally {
        timer.cancel();
      }
    },
  };
}

/** Keeps the launcher's last lines (for error messages) and finds the READY line, from pipes or from the log file. */
class OutputTail {
  private lines: string[] = [];
  private partial = '';
  private waiters: Array<{ pattern: RegExp; deliver: () => void }> = [];
  private polling: NodeJS.Timeout | undefined;
  private reading = false;

  /** fileOffset set: the JVM writes to logFile directly (detached), so lines are read from there onwards. */
  constructor(
    private readonly logFile: string | undefined,
    private fileOffset: number | null = null,
  ) {}

  follow(child: ChildProcess): void {
    const sink = this.logFile ? open(this.logFile, 'a') : undefined;
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        this.push(line);
        void sink?.then((handle) => handle.appendFile(`${line}\n`)).catch(() => {});
      });
    }
    child.once('exit', () => void sink?.then((handle) => handle.close()).catch(() => {}));
  }

  waitFor(pattern: RegExp): Promise<void> {
    if (this.lines.some((line) => pattern.test(line))) return Promise.resolve();
    const found = new Promise<void>((deliver) => this.waiters.push({ pattern, deliver }));
    if (this.fileOffset !== null && !this.polling) this.polling = setInterval(() => void this.readFile(), 100);
    return found;
  }

  stopWaiting(): void {
    if (this.polling) clearInterval(this.polling);
    this.polling = undefined;
    this.waiters = [];
  }

  async lastLines(count: number): Promise<string[]> {
    await this.readFile();
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-count);
  }

  private push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > 500) this.lines.splice(0, this.lines.length - 500);
    for (const waiter of this.waiters.filter((w) => w.pattern.test(line))) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.deliver();
    }
  }

  private async readFile(): Promise<void> {
    if (this.fileOffset === null || this.reading || !this.logFile) return;
    this.reading = true;
    try {
      const handle = await open(this.logFile, 'r');
      try {
        const { size } = await handle.stat();
        if (size <= this.fileOffset) return;
        const buffer = Buffer.alloc(size - this.fileOffset);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.fileOffset);
        this.fileOffset += bytesRead;
        const parts = (this.partial + buffer.toString('utf8', 0, bytesRead)).split('\n');
        this.partial = parts.pop() ?? '';
        for (const line of parts) this.push(line);
      } finally {
        await handle.close();
      }
    } catch {
      // Not written yet, or truncated by hand: the next tick tries again.
    } finally {
      this.reading = false;
    }
  }
}

// --- by pid ---------------------------------------------------------------------------------------------------

/** True when pid is a live JVM running our Launcher (guards against pid files that outlived their process). */
export async function isLauncherProcess(pid: number): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    // Our launches name the classpath @argfile that provision.ts writes; other JVMs named Launcher do not.
    return (
      cmdline.includes('Launcher') &&
      cmdline.some((arg) => arg.startsWith('@') && arg.endsWith(CLASSPATH_ARGFILE_SUFFIX))
    );
  } catch {
    // No /proc (macOS): trust a live pid.
    return true;
  }
}

export async function readPidFile(pidFile: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export type StopResult = { stopped: true; pid: number; ms: number } | { stopped: false; reason: string };

/** Stops the launcher whose pid the file holds (SIGTERM, SIGKILL after the grace period) and removes the file. */
export async function stopByPidFile(pidFile: string, { graceMs = STOP_GRACE_MS } = {}): Promise<StopResult> {
  const pid = await readPidFile(pidFile);
  if (pid === null) {
    await rm(pidFile, { force: true });
    return { stopped: false, reason: `no pid file at ${pidFile}` };
  }
  if (!(await isLauncherProcess(pid))) {
    await rm(pidFile, { force: true });
    return {
      stopped: false,
      reason: `pid ${pid} from ${pidFile} is not a running Neo4j launcher (stale pid file removed)`,
    };
  }
  const t0 = performance.now();
  if (!(await signalAndWait(pid, 'SIGTERM', graceMs))) await signalAndWait(pid, 'SIGKILL', 10_000);
  if (isAlive(pid)) throw new Error(`${ORIGIN}pid ${pid} is still running after SIGTERM and SIGKILL`);
  await rm(pidFile, { force: true });
  return { stopped: true, pid, ms: Math.round(performance.now() - t0) };
}

/** SIGKILL a launcher by pid and wait until it is gone: an outage for fault tests (restart with the same dataDir and port). */
export async function killHard(pid: number): Promise<void> {
  if (!(await signalAndWait(pid, 'SIGKILL', 10_000))) throw new Error(`${ORIGIN}pid ${pid} survived SIGKILL`);
}

async function signalAndWait(pid: number, signal: NodeJS.Signals, ms: number): Promise<boolean> {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    throw error;
  }
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}

/** A timer that can be cancelled, so a long deadline does not hold Node open after the race is won. */
function timeout(ms: number): { expired: Promise<void>; cancel(): void } {
  let handle: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((fire) => (handle = setTimeout(fire, ms)));
  return { expired, cancel: () => clearTimeout(handle) };
}

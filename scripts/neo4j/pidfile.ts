/**
 * Stopping by pid file
 * ====================
 * Finds and stops a launcher that another process started (`npm run neo4j:start` detaches it), checking the pid
 * still names our JVM first so a stale pid file never gets an unrelated process killed.
 */
import { readFile, rm } from 'node:fs/promises';
import { sep } from 'node:path';
import { isAlive, sleep } from './process-utils';

const ORIGIN = 'scripts/neo4j: ';
/** SIGTERM's head start before SIGKILL, for both kinds of stop: time for a clean shutdown that closes the store. */
export const STOP_GRACE_MS = 60_000;
const CLASSPATH_ARGFILE_SUFFIX = `${sep}launcher${sep}classpath.args`;

/** True when pid is a live JVM running our Launcher (guards against pid files that outlived their process). */
export async function isLauncherProcess(pid: number): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    // Our launches name the classpath @argfile that provisioning writes; other JVMs named Launcher do not.
    return (
      cmdline.includes('Launcher') &&
      cmdline.some((arg) => arg.startsWith('@') && arg.endsWith(CLASSPATH_ARGFILE_SUFFIX))
    );
  } catch {
    // No /proc (macOS): trust a live pid.
    return true;
  }
}

/**
 * The Bolt port a running launcher was started on (its `--port` argument), or null where that cannot be read (no
 * /proc). A second `neo4j:start` uses it to say at once that Neo4j runs on another port, rather than wait two
 * minutes for the port it was asked for.
 */
export async function launcherPort(pid: number): Promise<number | null> {
  try {
    return portFromCmdline((await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0'));
  } catch {
    return null;
  }
}

/** The value after the last `--port` among a launcher's arguments (the launcher reads them in order). */
export function portFromCmdline(args: readonly string[]): number | null {
  const at = args.lastIndexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : NaN;
  return Number.isInteger(port) && port > 0 && port <= 65535 ? port : null;
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

/**
 * Process helpers
 * ===============
 * Running a build tool to completion, probing a pid, and waiting with timers that never hold Node open: the
 * pieces provisioning and the server supervisor both need.
 */
import { spawn } from 'node:child_process';

const ORIGIN = 'scripts/neo4j: ';

/** Runs a command to completion; its combined output is returned, or its tail quoted in the error. */
export function run(command: string, args: string[], { what }: { what: string }): Promise<{ output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'ENOENT'
          ? ` (\`${command}\` not found: install ${command === 'mvn' ? 'Maven 3.8+' : 'a JDK 17'})`
          : '';
      fail(new Error(`${ORIGIN}${what} could not run${hint}: ${error.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) done({ output });
      else
        fail(
          new Error(
            `${ORIGIN}${what} failed with exit code ${code}:\n${output.trim().split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}

/** A timer that can be cancelled, so a long deadline does not hold Node open after the race is won. */
export function timeout(ms: number): { expired: Promise<void>; cancel(): void } {
  let handle: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((fire) => (handle = setTimeout(fire, ms)));
  return { expired, cancel: () => clearTimeout(handle) };
}

/**
 * Launcher process watching
 * =========================
 * Follows a launched JVM's exit and output, from its pipes or (detached) from its log file, so a start can race
 * the READY line against an early exit and quote the last lines when it fails.
 */
import type { ChildProcess } from 'node:child_process';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { timeout } from './process-utils';

export function watchExit(child: ChildProcess) {
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
export class OutputTail {
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

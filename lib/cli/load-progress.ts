/**
 * atlas load's progress
 * =====================
 * How a load reports its progress: a bar on a terminal, a line per tenth on a log (CI reads it), and nothing at all
 * with `--no-progress`, which a script passes to keep stderr for what went wrong.
 */
import { Presets, SingleBar } from 'cli-progress';

export interface LoadProgress {
  start(total: number): void;
  update(progress: { phase: string; done: number; total: number }): void;
  stop(): void;
}

/** The reporter for `enabled` (false with --no-progress) on a stderr that is or is not a terminal. */
export function loadProgress(enabled: boolean, terminal: boolean, log: (line: string) => void): LoadProgress {
  if (!enabled) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  if (terminal) {
    const bar = new SingleBar(
      { format: ' {phase} [{bar}] {percentage}% {value}/{total} | {duration_formatted}', stream: process.stderr },
      Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { phase: 'constraints' }),
      update: ({ phase, done }) => bar.update(done, { phase }),
      stop: () => bar.stop(),
    };
  }
  let lastLogged = -1;
  return {
    start: () => undefined,
    update: ({ phase, done, total }) => {
      // Without a terminal, a line per tenth keeps CI logs readable.
      const tenth = Math.floor((done / total) * 10);
      if (tenth === lastLogged) return;
      lastLogged = tenth;
      log(`atlas load: ${phase} ${done}/${total}`);
    },
    stop: () => undefined,
  };
}

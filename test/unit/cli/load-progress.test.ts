/** atlas load's progress: lines on a log, nothing at all with --no-progress. */
import { describe, expect, it } from 'vitest';
import { loadProgress } from '@/lib/cli/load-progress';

function run(enabled: boolean): string[] {
  const lines: string[] = [];
  const progress = loadProgress(enabled, false, (line) => lines.push(line));
  progress.start(100);
  for (const [phase, done] of [
    ['constraints', 0],
    ['nodes', 5],
    ['nodes', 40],
    ['relationships', 100],
  ] as const)
    progress.update({ phase, done, total: 100 });
  progress.stop();
  return lines;
}

describe('loadProgress', () => {
  it('without a terminal: a line per tenth reached', () => {
    expect(run(true)).toEqual([
      'atlas load: constraints 0/100',
      'atlas load: nodes 40/100',
      'atlas load: relationships 100/100',
    ]);
  });

  it('--no-progress: no bar and no lines either (they went to stderr all the same)', () => {
    expect(run(false)).toEqual([]);
  });
});

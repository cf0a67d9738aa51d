/**
 * Every CLI error names its origin: Commander's own usage errors ("error: unknown option") and the refusals worded
 * for the API too ("unknown query …") open with `atlas <command>:` at a terminal, exit 2, without a stack trace.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '@/lib/cli/exit-codes';
import { runCli, withOrigin } from '@/lib/cli/main';

function capture() {
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  // Commander writes its usage errors (and the help after them) straight to stderr.
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return err;
}

afterEach(() => vi.restoreAllMocks());

describe('atlas: errors name their origin', () => {
  it.each<[string[], RegExp]>([
    [['bogus'], /^atlas: unknown command 'bogus'/],
    [['--bogus'], /^atlas: unknown option '--bogus'/],
    [['stats', '--bogus'], /^atlas stats: unknown option '--bogus'/],
    [['validate', '--data'], /^atlas validate: option '-d, --data <dir>' argument missing/],
    [['export', '--format', 'gexf'], /^atlas export: required option '-o, --out <file>' not specified/],
    [['export', '--format', 'xml', '--out', 'x'], /^atlas export: option '-f, --format <format>' argument 'xml'/],
    [['query', 'actions-for-forum', '--param', 'forum'], /^atlas query: option .* expected key=value/],
    [['query', 'no-such-query'], /^atlas query: unknown query "no-such-query" \(queries: /],
    [
      ['query', 'actions-for-forum', '--param', 'forum=no-such-forum'],
      /^atlas query: actions-for-forum: unknown forum/,
    ],
    [
      ['query', 'neighborhood', '-p', 'id=arf', '-p', 'depth=7'],
      /^atlas query: neighborhood: invalid parameter "depth"/,
    ],
  ])('%j → exit 2, first line %s', async (argv, first) => {
    const err = capture();
    expect(await runCli(argv)).toBe(EXIT.usage);
    expect(err[0]).toMatch(first);
    expect(err.join('\n')).not.toMatch(/^error: |\n\s+at /m);
  });
});

describe('withOrigin', () => {
  it('prefixes the command, once', () => {
    expect(withOrigin(['query', 'x'], 'unknown query "x"')).toBe('atlas query: unknown query "x"');
    expect(withOrigin(['load', '--dry-run'], 'atlas load: refused')).toBe('atlas load: refused');
    expect(withOrigin([], 'refused')).toBe('atlas: refused');
  });
});

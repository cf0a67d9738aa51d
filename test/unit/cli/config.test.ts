/**
 * The CLI and the environment: an invalid or incomplete one is one line from lib/config, exit 2, never a stack
 * trace; ATLAS_DATA_DIR is the default data folder.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '@/lib/cli/exit-codes';
import { runCliWithEnv } from '../../support/cli-env';

const run = runCliWithEnv;

describe('atlas with a bad environment', () => {
  it.each([
    [{ NEO4J_URI: 'notauri' }, /^lib\/config: invalid environment: NEO4J_URI: must be a Bolt URI/],
    [{ ATLAS_BACKEND: 'bogus' }, /^lib\/config: invalid environment: ATLAS_BACKEND: /],
    [{ ATLAS_BACKEND: 'neo4j' }, /^lib\/config: ATLAS_BACKEND=neo4j needs NEO4J_URI/],
  ])('%j: query exits 2 with the lib/config message on one line', async (env, message) => {
    const { code, err } = await run(env, ['query', 'central-forums']);
    expect(code).toBe(EXIT.usage);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/unexpected error|\n\s+at /);
  });

  it('load without NEO4J_URI is a configuration to fix (2), not an unreachable Neo4j (3)', async () => {
    const { code, err } = await run({}, ['load', '--no-progress']);
    expect(code).toBe(EXIT.usage);
    expect(err).toEqual([expect.stringMatching(/^atlas load: NEO4J_URI is not set: .*`npm run neo4j:start`/)]);
  });
});

describe('atlas load and an unreachable Neo4j', () => {
  it('exits 3 naming the address', async () => {
    // Port 1 on the loopback refuses at once: no Neo4j is needed to see the message.
    const { code, err } = await run({ NEO4J_URI: 'bolt://127.0.0.1:1' }, ['load', '--no-progress']);
    expect(code).toBe(EXIT.unavailable);
    expect(err.join('\n')).toMatch(/^atlas load: bolt:\/\/127\.0\.0\.1:1: Neo4j is unavailable/);
  });

  it('refuses a password written into the URI (exit 2, where it goes instead), never echoing it', async () => {
    // The driver ignores a URI's user and password: the login failed as "refused the credentials", with no hint.
    const { code, err } = await run({ NEO4J_URI: 'bolt://neo4j:s3cret-pw@127.0.0.1:1' }, ['load', '--no-progress']);
    expect(code).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(
      /NEO4J_URI: must not hold a user or password: give them in NEO4J_USERNAME and NEO4J_PASSWORD/,
    );
    expect(err.join('\n')).not.toMatch(/s3cret-pw/);
  });
});

describe('atlas query/export with --data while NEO4J_URI is set', () => {
  it.each([
    [['query', 'central-forums', '--data', 'graph-data']],
    [['export', '--format', 'csv', '--out', 'never-written.csv', '--data', 'graph-data']],
  ])('%j: exits 2 naming both, rather than answer from Neo4j in silence', async (argv) => {
    // Port 1 refuses: had it connected, the exit would be 3, not 2.
    const { code, err } = await run({ NEO4J_URI: 'bolt://127.0.0.1:1' }, argv);
    expect(code).toBe(EXIT.usage);
    expect(err).toEqual([
      expect.stringMatching(
        new RegExp(`^atlas ${argv[0]}: --data graph-data reads a data folder, but NEO4J_URI is set`),
      ),
    ]);
  });

  it('without --data, NEO4J_URI decides: the query goes to Neo4j (here unreachable: 3)', async () => {
    expect((await run({ NEO4J_URI: 'bolt://127.0.0.1:1' }, ['query', 'central-forums'])).code).toBe(EXIT.unavailable);
  });
});

describe('atlas load with a bad number', () => {
  it.each([
    [['load', '--batch-size', '0'], /^atlas load: --batch-size needs a positive whole number \(got "0"\)$/],
    [['load', '--synthetic', 'abc'], /^atlas load: --synthetic needs a whole number of nodes ≥ 20 \(got "abc"\)$/],
    // Decimal digits only: Number() would read these as 16, 1000 and 100.
    [['load', '--batch-size', '0x10'], /^atlas load: --batch-size needs a positive whole number \(got "0x10"\)$/],
    [['load', '--synthetic', '1e3'], /^atlas load: --synthetic needs a whole number of nodes ≥ 20 \(got "1e3"\)$/],
    [['load', '--synthetic', ' 100'], /^atlas load: --synthetic needs a whole number of nodes ≥ 20 \(got " 100"\)$/],
    // The generated graph reads no folder: a --data beside it would go unused without a word.
    [
      ['load', '--synthetic', '100', '--data', 'graph-data'],
      /^atlas load: --synthetic .* leave out --data graph-data$/,
    ],
  ])('%j: exits 2 with one line naming its origin', async (argv, message) => {
    const { code, err } = await run({ NEO4J_URI: 'bolt://127.0.0.1:1' }, argv);
    expect(code).toBe(EXIT.usage);
    expect(err).toEqual([expect.stringMatching(message)]);
  });
});

describe('atlas and ATLAS_DATA_DIR', () => {
  it('reads the data folder it names, as the app does; --data still wins', async () => {
    const fromEnv = await run({ ATLAS_DATA_DIR: 'graph-data/sources' }, ['validate']);
    expect(fromEnv.code).toBe(EXIT.invalidData);
    expect(fromEnv.err.join('\n')).toMatch(/graph-data\/sources: a data folder holds/);
    expect((await run({ ATLAS_DATA_DIR: 'no-such-data-folder' }, ['validate', '--data', 'graph-data'])).code).toBe(
      EXIT.ok,
    );
    // Blank is unset, as everywhere in lib/config.
    expect((await run({ ATLAS_DATA_DIR: ' ' }, ['validate'])).code).toBe(EXIT.ok);
  });
});

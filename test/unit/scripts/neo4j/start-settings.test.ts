/** `npm run neo4j:start`'s environment: a port, password or size Neo4j cannot use is refused before a JVM starts. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startSettings } from '@/scripts/neo4j/start-settings';

describe('startSettings', () => {
  it('defaults to 7687 with auth off; blank is unset', () => {
    expect(startSettings({})).toEqual({ port: 7687, password: undefined });
    expect(startSettings({ NEO4J_PORT: ' ', NEO4J_PASSWORD: '' })).toEqual({ port: 7687, password: undefined });
    expect(startSettings({ NEO4J_PORT: '7791', NEO4J_PASSWORD: 'a-long-password' })).toEqual({
      port: 7791,
      password: 'a-long-password',
    });
  });

  it.each(['0', '65536', 'abc', '7687.5', '1e3', '-1'])('NEO4J_PORT=%s is refused, naming it', (port) => {
    expect(() => startSettings({ NEO4J_PORT: port })).toThrow(/^scripts\/neo4j: NEO4J_PORT must be a port number/);
  });

  it('refuses a password under Neo4j minimum of 8 characters without echoing it', () => {
    expect(() => startSettings({ NEO4J_PASSWORD: 'short' })).toThrow(
      /^scripts\/neo4j: NEO4J_PASSWORD must have at least 8 characters/,
    );
    expect(() => startSettings({ NEO4J_PASSWORD: 'short' })).not.toThrow(/short"/);
    expect(startSettings({ NEO4J_PASSWORD: '8chars!!' }).password).toBe('8chars!!');
  });
});

describe('ATLAS_NEO4J_HEAP and ATLAS_NEO4J_PAGECACHE', () => {
  it('pass on a size the JVM and Neo4j read; blank is unset', () => {
    expect(startSettings({ ATLAS_NEO4J_HEAP: '2g', ATLAS_NEO4J_PAGECACHE: '512MiB' })).toMatchObject({
      heap: '2g',
      pageCache: '512MiB',
    });
    expect(startSettings({ ATLAS_NEO4J_HEAP: ' ', ATLAS_NEO4J_PAGECACHE: '' })).toEqual({
      port: 7687,
      password: undefined,
    });
  });

  // The JVM said "Invalid initial heap size: -Xmslots", the launcher "--page-cache: not a size": neither named the
  // variable, and both came after seconds of start-up, with exit 1.
  it.each([
    ['ATLAS_NEO4J_HEAP', 'lots'],
    ['ATLAS_NEO4J_HEAP', '1.5g'],
    ['ATLAS_NEO4J_HEAP', '512MiB'],
    ['ATLAS_NEO4J_PAGECACHE', 'x'],
    ['ATLAS_NEO4J_PAGECACHE', '-1g'],
  ])('%s=%s is refused, naming it and the form', (name, value) => {
    expect(() => startSettings({ [name]: value })).toThrow(
      `scripts/neo4j: ${name} must be a size: a whole number with an optional unit k, m, g or t`,
    );
  });
});

describe('npm run neo4j:start with a bad setting', () => {
  // The refusal comes before any JVM or pid file is touched, so the real script can run here.
  it.each([
    [{ NEO4J_PORT: 'abc' }, /^scripts\/neo4j: NEO4J_PORT must be a port number/],
    [{ NEO4J_PASSWORD: 'short' }, /^scripts\/neo4j: NEO4J_PASSWORD must have at least 8 characters/],
    [{ ATLAS_NEO4J_HEAP: 'lots' }, /^scripts\/neo4j: ATLAS_NEO4J_HEAP must be a size/],
  ])('%j exits 2 (configuration), one line, no stack', (env, message) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/neo4j/start.ts'], {
      env: {
        ...process.env,
        NEO4J_PORT: '',
        NEO4J_PASSWORD: '',
        ATLAS_NEO4J_HEAP: '',
        ATLAS_NEO4J_PAGECACHE: '',
        ...env,
      },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

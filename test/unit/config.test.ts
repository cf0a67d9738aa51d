/** Configuration: defaults, backend choice, validation messages that never echo the password. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';

describe('parseConfig', () => {
  it('defaults to the memory backend', () => {
    expect(parseConfig({})).toMatchObject({
      backend: 'memory',
      dataDir: 'graph-data',
      cypher: { timeoutMs: 5000, rowCap: 1000, maxConcurrent: 2 },
    });
  });

  it('chooses neo4j when NEO4J_URI is set', () => {
    const config = parseConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 's3cret' });
    expect(config.backend).toBe('neo4j');
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://x.databases.neo4j.io',
      username: 'neo4j',
      database: 'neo4j',
      password: 's3cret',
    });
  });

  it('honours ATLAS_BACKEND=memory even with a URI', () => {
    expect(parseConfig({ ATLAS_BACKEND: 'memory', NEO4J_URI: 'bolt://127.0.0.1:7687' }).backend).toBe('memory');
  });

  it('refuses neo4j without a URI, and a malformed URI, without echoing secrets', () => {
    expect(() => parseConfig({ ATLAS_BACKEND: 'neo4j' })).toThrow(/lib\/config: ATLAS_BACKEND=neo4j needs NEO4J_URI/);
    let message = '';
    try {
      parseConfig({ NEO4J_URI: 'http://example.org', NEO4J_PASSWORD: 'hunter2', ATLAS_CYPHER_ROW_CAP: '-3' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/NEO4J_URI: must be a Bolt URI/);
    expect(message).toMatch(/ATLAS_CYPHER_ROW_CAP/);
    expect(message).not.toContain('hunter2');
  });

  it.each([
    ['ATLAS_CYPHER_TIMEOUT_MS', 'abc', 'must be a whole number of at least 1, got "abc"'],
    ['ATLAS_CYPHER_ROW_CAP', '0', 'must be a whole number of at least 1, got "0"'],
    ['ATLAS_CYPHER_MAX_CONCURRENT', '1.5', 'must be a whole number of at least 1, got "1.5"'],
    ['ATLAS_NEO4J_CONNECT_TIMEOUT_MS', '-1', 'must be a whole number of at least 1, got "-1"'],
    ['ATLAS_SYNTHETIC_ORDER', '5', 'must be a whole number from 20 to 1000000, got "5"'],
    // Number() reads these as 16 and 1000; the CLI's own whole-number options refuse them.
    ['ATLAS_CYPHER_TIMEOUT_MS', '0x10', 'must be a whole number of at least 1, got "0x10"'],
    ['ATLAS_CYPHER_ROW_CAP', '1e3', 'must be a whole number of at least 1, got "1e3"'],
    ['ATLAS_SYNTHETIC_ORDER', '1000.0', 'must be a whole number from 20 to 1000000, got "1000.0"'],
    ['ATLAS_BACKEND', 'mem', 'must be memory or neo4j, got "mem"'],
  ])('%s=%s says the rule and the value given, not zod own words', (name, value, reason) => {
    expect(() => parseConfig({ [name]: value })).toThrow(`lib/config: invalid environment: ${name}: ${reason}`);
  });

  it('reads a whole number with spaces around it, as typed in an env file', () => {
    expect(parseConfig({ ATLAS_CYPHER_ROW_CAP: ' 500 ' }).cypher.rowCap).toBe(500);
  });

  it.each([
    ['a port that is no number', 'bolt://127.0.0.1:notaport', /NEO4J_URI: must be a Bolt URI .*port number/],
    ['a port past 65535', 'bolt://127.0.0.1:70000', /NEO4J_URI: must be a Bolt URI/],
    ['a password in the URI', 'bolt://neo4j:hunter2@127.0.0.1:7687', /NEO4J_URI: .*NEO4J_USERNAME and NEO4J_PASSWORD/],
    ['a user in the URI', 'neo4j+s://admin@x.databases.neo4j.io', /NEO4J_URI: .*NEO4J_USERNAME and NEO4J_PASSWORD/],
  ])('refuses %s, naming the variable and never echoing the URI', (_case, uri, reason) => {
    let message = '';
    try {
      parseConfig({ NEO4J_URI: uri });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(reason);
    expect(message).not.toContain(uri);
    expect(message).not.toContain('hunter2');
  });

  it('takes a URI with a host and a port, or a host alone', () => {
    expect(parseConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).neo4j?.uri).toBe('bolt://127.0.0.1:7687');
    expect(parseConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' }).neo4j?.uri).toBe(
      'neo4j+s://x.databases.neo4j.io',
    );
  });

  it('never echoes a URI, which may hold a password', () => {
    expect(() => parseConfig({ NEO4J_URI: 'http://neo4j:hunter2@x' })).toThrow(/NEO4J_URI: must be a Bolt URI[^,]*$/);
  });
});

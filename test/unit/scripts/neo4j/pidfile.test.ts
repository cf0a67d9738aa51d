/**
 * The port a running launcher was started on, read from its arguments: a second `neo4j:start` with another
 * NEO4J_PORT says at once where Neo4j runs instead of waiting for a port nothing will answer on.
 */
import { describe, expect, it } from 'vitest';
import { launcherPort, portFromCmdline } from '@/scripts/neo4j/pidfile';

describe('portFromCmdline', () => {
  it('reads the launcher --port argument', () => {
    const args = ['/usr/bin/java', '-Xmx1g', '@/x/.neo4j/launcher/classpath.args', 'Launcher', '--data-dir', '/d'];
    expect(portFromCmdline([...args, '--port', '7791', '--page-cache', '256m', ''])).toBe(7791);
  });

  it.each([[['Launcher']], [['Launcher', '--port']], [['Launcher', '--port', 'x']], [['Launcher', '--port', '0']]])(
    '%j: no port',
    (args) => {
      expect(portFromCmdline(args)).toBeNull();
    },
  );
});

describe('launcherPort', () => {
  it('is null for a process whose arguments cannot be read', async () => {
    expect(await launcherPort(2 ** 22 + 1)).toBeNull();
  });
});

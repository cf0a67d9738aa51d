/**
 * `atlas load` as a user runs it: the package binary against the test Neo4j. A generated graph does not replace
 * the documents' graph without --replace; a load killed with SIGKILL midway is completed by the next load (same
 * counts and ids as a clean load); an unreachable Neo4j exits 3.
 * Dataset: a generated synthetic graph (lib/graph/synthetic, fixed seed) and graph-data/.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '@/lib/graph/synthetic';
import { createDriver } from '@/lib/store/neo4j/driver';
import { cliEnv, documentGraph, loadInto, neo4jSettings } from '../support/neo4j';

const run = promisify(execFile);
const settings = neo4jSettings();
const env = cliEnv();
const driver = createDriver(settings, { purpose: 'load' });
const SYNTHETIC = 20_000;

afterAll(async () => {
  await loadInto(documentGraph());
  await driver.close();
});

async function snapshot() {
  const { records } = await driver.executeQuery(
    'MATCH (n:Atlas) WITH collect(n.id) AS ids CALL () { MATCH (:Atlas)-[r]->(:Atlas) RETURN count(r) AS rels } RETURN ids, rels',
    {},
    { database: settings.database },
  );
  const ids = (records[0]!.get('ids') as string[]).sort();
  return { ids, relationships: neo4j.integer.toNumber(records[0]!.get('rels')) };
}

describe('atlas load (CLI)', () => {
  it('refuses to replace the documents a database holds with a generated graph, unless --replace', async () => {
    await loadInto(documentGraph());
    const before = await snapshot();
    const error = await run(process.execPath, ['bin/atlas.mjs', 'load', '--synthetic', '50', '--no-progress'], {
      env,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(
      /atlas load: database "\w+" holds the atlas of iscc-2017 \(International Strategy of Cooperation on Cyberspace\); --synthetic would replace it: .*--replace/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('completes a load that was killed midway, with the same counts and ids as a clean load', async () => {
    // With progress (off a terminal: a line per tenth on stderr), which says when relationships are being written.
    const child = spawn(
      process.execPath,
      ['bin/atlas.mjs', 'load', '--synthetic', String(SYNTHETIC), '--replace', '--batch-size', '2000'],
      { env },
    );
    let stderr = '';
    const killed = await new Promise<boolean>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Kill once relationships are being written: nodes are in, the graph is half-built.
        if (/relationships \d+\/\d+/.test(stderr) && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve(true);
        }
      });
      child.on('exit', () => resolve(false));
    });
    expect(killed, `the load finished before it could be killed:\n${stderr}`).toBe(true);

    const partial = await snapshot();
    const expected = generateSyntheticGraph(SYNTHETIC);
    expect(partial.relationships).toBeLessThan(expected.graph.size);

    const { stdout } = await run(
      process.execPath,
      ['bin/atlas.mjs', 'load', '--synthetic', String(SYNTHETIC), '--replace', '--batch-size', '2000', '--no-progress'],
      { env },
    );
    expect(stdout).toMatch(new RegExp(`${SYNTHETIC} nodes, ${expected.graph.size} relationships`));
    const after = await snapshot();
    expect(after.relationships).toBe(expected.graph.size);
    expect(after.ids).toEqual(expected.graph.nodes().sort());
  });

  it('exits 3 with a clear message when Neo4j is unreachable', async () => {
    const error = await run(process.execPath, ['bin/atlas.mjs', 'load'], {
      env: { ...env, NEO4J_URI: 'bolt://127.0.0.1:9' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 3 });
    expect((error as { stderr: string }).stderr).toMatch(/bolt:\/\/127\.0\.0\.1:9: Neo4j is unavailable/);
  });

  it('--dry-run writes nothing', async () => {
    const before = await snapshot();
    const { stdout } = await run(process.execPath, ['bin/atlas.mjs', 'load', '--dry-run'], { env });
    expect(stdout).toMatch(/load id [0-9a-f]{20}/);
    expect(await snapshot()).toEqual(before);
  });
});

/**
 * `atlas query` and `atlas export` on the Neo4j backend, as a user runs them (the package binary with NEO4J_URI):
 * the acceptance answers of the questions issue, and an export that parses back with the graph's counts.
 * Dataset: graph-data/, loaded by the suite.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, documentGraph, loadInto } from '../support/neo4j';
import { tempDir } from '../../support/temp';

const run = promisify(execFile);
const env = cliEnv();
const kg = documentGraph();

beforeAll(async () => {
  await loadInto(kg);
});

async function query(...args: string[]): Promise<{ columns: string[]; rows: unknown[][] }> {
  const { stdout } = await run(process.execPath, ['bin/atlas.mjs', 'query', ...args, '--json'], { env });
  return JSON.parse(stdout) as { columns: string[]; rows: unknown[][] };
}

function labels(result: { columns: string[]; rows: unknown[][] }): unknown[] {
  const column = result.columns.indexOf('label');
  return result.rows.map((row) => row[column]);
}

describe('atlas query and export on Neo4j', () => {
  it('actions-for-forum answers the issue’s examples', async () => {
    expect(labels(await query('actions-for-forum', '--param', 'forum=arf'))).toEqual(
      expect.arrayContaining([
        'Partnership in Cyberspace',
        'International Cooperation on Cyber Terrorism and Cyber Crimes',
      ]),
    );
    expect(labels(await query('actions-for-forum', '--param', 'forum=sco'))).toEqual(
      expect.arrayContaining(['Rule-based Order in Cyberspace', 'Partnership in Cyberspace']),
    );
  });

  it('export --format gexf parses back with the same counts', async () => {
    const out = join(tempDir('atlas-export-'), 'atlas.gexf');
    await run(process.execPath, ['bin/atlas.mjs', 'export', '--format', 'gexf', '--out', out], { env });
    const parsed = gexf.parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(parsed.order).toBe(kg.graph.order);
    expect(parsed.size).toBe(kg.graph.size);
  });
});

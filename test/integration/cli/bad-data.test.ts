/**
 * Bad data never reaches Neo4j: `atlas load` on a broken data folder exits 1 with the file (and line) named, and
 * the database is exactly as it was. Datasets: copies of graph-data/ with one defect each.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '@/lib/store/neo4j/driver';
import { documentGraph, loadInto, neo4jSettings, cliEnv } from '../support/neo4j';

const run = promisify(execFile);
const settings = neo4jSettings();
const env = cliEnv();
const driver = createDriver(settings, { purpose: 'load' });
const dirs: string[] = [];

/** A fingerprint of everything in the database: ids, labels and properties of nodes and relationships. */
async function fingerprint(): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WITH n ORDER BY n.id
     WITH collect([n.id, labels(n), properties(n)]) AS nodes
     CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.key RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
     RETURN nodes, rels`,
    {},
    { database: settings.database },
  );
  return JSON.stringify(records[0]!.toObject());
}

function brokenCopy(name: string, breakIt: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bad-${name}-`));
  cpSync('graph-data', dir, { recursive: true });
  breakIt(dir);
  dirs.push(dir);
  return dir;
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

const CASES: Array<[string, (dir: string) => void, RegExp]> = [
  [
    'wrong type',
    (d) => edit(d, 'gazetteer.yaml', (t) => t.replace('type: forum', 'type: alliance')),
    /gazetteer\.yaml:\d+: entities\[\d+\]\.type/,
  ],
  [
    'wrong value type',
    (d) =>
      edit(d, 'gazetteer.yaml', (t) => t.replace('aliases: [SCO, Shanghai Cooperation Organization]', 'aliases: 42')),
    /gazetteer\.yaml:\d+: entities\[\d+\]\.aliases/,
  ],
  [
    'PART_OF cycle',
    (d) =>
      edit(d, 'curation.yaml', (t) =>
        t.replace(
          'relations:\n',
          'relations:\n  - {source: un, type: PART_OF, target: unga, basis: curated, note: wrong on purpose}\n',
        ),
      ),
    /PART_OF forms a cycle/,
  ],
  [
    'binary garbage',
    (d) =>
      writeFileSync(
        join(d, 'sources', 'garbage.md'),
        Buffer.from(Array.from({ length: 8192 }, (_v, i) => (i * 131) % 256)),
      ),
    /sources\/garbage\.md: file contains NUL bytes/,
  ],
  [
    '10 MB file',
    (d) => writeFileSync(join(d, 'sources', 'huge.md'), 'a'.repeat(10 * 1024 * 1024)),
    /sources\/huge\.md: file is 10485760 bytes/,
  ],
  [
    'document without headings',
    (d) =>
      writeFileSync(
        join(d, 'sources', 'flat.md'),
        '---\nid: flat-2020\ntitle: Flat\nissuer: Nobody\nissuerId: china\ndate: 2020-01-01\nlanguage: en\n---\nJust text. China will do things.\n',
      ),
    /sources\/flat\.md: the document has no headings/,
  ],
  [
    'quote not in the text',
    (d) =>
      edit(d, 'curation.yaml', (t) =>
        t.replace('quote: China and other SCO member states', 'quote: China and the other SCO states'),
      ),
    /curation\.yaml:\d+: relations\[\d+\]\.quote: the quote must occur exactly once/,
  ],
  [
    'fenced code in a document',
    (d) => edit(d, 'sources/iscc-2017.md', (t) => t.replace('\n# Preface', '\n```\n# not a heading\n```\n\n# Preface')),
    /sources\/iscc-2017\.md:\d+: a fenced code block \("```"\) is not part of a strategy's text/,
  ],
  [
    'document id not its file name',
    (d) => edit(d, 'sources/iscc-2017.md', (t) => t.replace('id: iscc-2017', 'id: iscc-2017-copy')),
    /sources\/iscc-2017\.md:2: id: document id "iscc-2017-copy" is not the name of its file "iscc-2017\.md"/,
  ],
  [
    'UTF-16 gazetteer',
    (d) => {
      const text = readFileSync(join(d, 'gazetteer.yaml'), 'utf8');
      writeFileSync(
        join(d, 'gazetteer.yaml'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      );
    },
    /gazetteer\.yaml:1: file is UTF-16 text/,
  ],
  [
    'YAML syntax',
    (d) => edit(d, 'gazetteer.yaml', (t) => t.replace('  - id: arf\n', '  - id: [arf\n')),
    /gazetteer\.yaml:\d+: YAML syntax/,
  ],
];

beforeAll(async () => {
  await loadInto(documentGraph());
});
afterAll(async () => {
  await driver.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('atlas load with bad data', () => {
  it.each(CASES)('%s: exit 1, the problem named, nothing written', async (name, breakIt, message) => {
    const before = await fingerprint();
    const dir = brokenCopy(name.replace(/\W+/g, '-'), breakIt);
    const error = (await run(process.execPath, ['bin/atlas.mjs', 'load', '--data', dir], {
      env,
      maxBuffer: 1 << 24,
    }).catch((e: unknown) => e)) as {
      code?: number;
      stderr?: string;
    };
    expect(error.code, error.stderr).toBe(1);
    expect(error.stderr).toMatch(message);
    expect(await fingerprint()).toBe(before);
  });
});

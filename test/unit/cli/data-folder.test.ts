/**
 * lib/cli/data-folder: an ATLAS_DATA_DIR that names no folder is the environment's mistake (exit 2, naming the
 * variable, as `npm start` says it), not invalid data; only where the command reads a folder.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '@/lib/cli/exit-codes';
import { runCliWithEnv } from '../../support/cli-env';

const run = runCliWithEnv;

describe('atlas and an ATLAS_DATA_DIR that names no folder', () => {
  // The user never typed that path: the environment is what to fix (exit 2, naming it), as `npm start` says.
  it.each([['validate'], ['stats'], ['query', 'central-forums'], ['load', '--dry-run']])(
    '%s … exits 2 naming ATLAS_DATA_DIR, not 1 for invalid data',
    async (...argv) => {
      const { code, err } = await run({ ATLAS_DATA_DIR: 'no-such-data-folder' }, argv);
      expect(code).toBe(EXIT.usage);
      expect(err).toEqual([
        expect.stringMatching(
          new RegExp(`^atlas ${argv[0]}: ATLAS_DATA_DIR: no data folder at ".*no-such-data-folder"`),
        ),
      ]);
    },
  );

  it('is not consulted where no folder is read: the list of queries, or a typed --data (the data reports that)', async () => {
    expect((await run({ ATLAS_DATA_DIR: 'no-such-data-folder' }, ['query'])).code).toBe(EXIT.ok);
    const typed = await run({ ATLAS_DATA_DIR: 'graph-data' }, ['validate', '--data', 'no-such-data-folder']);
    expect(typed.code).toBe(EXIT.invalidData);
    expect(typed.err.join('\n')).toMatch(/- no-such-data-folder: a data folder holds/);
  });
});

describe('where Neo4j answers', () => {
  it('query reads no folder, so a stale ATLAS_DATA_DIR is not its concern', async () => {
    // NEO4J_URI on a closed port: the command gets past the folder check and fails on Neo4j (3), not on the folder.
    const { code, err } = await run({ ATLAS_DATA_DIR: 'no-such-data-folder', NEO4J_URI: 'bolt://127.0.0.1:1' }, [
      'query',
      'central-forums',
    ]);
    expect(code).toBe(EXIT.unavailable);
    expect(err.join('\n')).not.toMatch(/ATLAS_DATA_DIR/);
  });
});

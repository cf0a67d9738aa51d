/** Server start-up check: the memory backend's data folder must exist before the server says it is ready. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { checkDataFolder } from '@/lib/startup';
import { tempDir } from '../support/temp';

describe('checkDataFolder', () => {
  const scratch = tempDir('atlas-startup-');

  it('accepts the project data folder and a folder elsewhere', () => {
    expect(() => checkDataFolder(parseConfig({}))).not.toThrow();
    expect(() => checkDataFolder(parseConfig({ ATLAS_DATA_DIR: scratch }))).not.toThrow();
  });

  it('refuses a folder that is not there, or a file, naming the variable and the resolved path', () => {
    expect(() => checkDataFolder(parseConfig({ ATLAS_DATA_DIR: 'no-such-folder' }), scratch)).toThrow(
      `lib/config: ATLAS_DATA_DIR: no data folder at "${join(scratch, 'no-such-folder')}"`,
    );
    const file = join(scratch, 'notes.txt');
    writeFileSync(file, 'x');
    expect(() => checkDataFolder(parseConfig({ ATLAS_DATA_DIR: file }))).toThrow(/no data folder at/);
  });

  it('asks nothing of the folder when the graph comes from Neo4j or is generated', () => {
    const missing = { ATLAS_DATA_DIR: '/no/such/folder' };
    expect(() => checkDataFolder(parseConfig({ ...missing, NEO4J_URI: 'bolt://127.0.0.1:7687' }))).not.toThrow();
    expect(() => checkDataFolder(parseConfig({ ...missing, ATLAS_SYNTHETIC_ORDER: '100' }))).not.toThrow();
  });
});

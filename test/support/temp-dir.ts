/**
 * Temporary folders for tests
 * ===========================
 * `tempDir(prefix)`: a fresh folder under the OS temp dir, removed when the test file that asked for it is done,
 * so a test run leaves nothing behind (before this, every run added a dozen folders to /tmp for good).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];

// Imported at collection time, so this hook belongs to the importing file's own run (each file gets its own modules).
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
  created.push(dir);
  return dir;
}

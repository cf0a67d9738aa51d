/**
 * Temporary folders for tests
 * ===========================
 * A fresh folder under the system's temp folder, removed once the test file's tests are done: every run of the
 * suite used to leave a dozen `atlas-*` folders behind in /tmp, on CI machines and developers' alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Registered when a test file imports this module (each file has its own copy), so it runs after that file.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder named `<prefix>XXXXXX` in the temp folder, removed after the calling test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

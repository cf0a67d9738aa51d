/**
 * CLI output files
 * ================
 * Writes what a command produces (`build`, `export`), creating missing folders. A file that cannot be written is
 * the user's to fix (a directory given as the file, no permission, a read-only place), so it is a one-line error
 * with its own exit code, never a stack trace.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The output file could not be written; the message says which and why. */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFileError';
  }
}

const REASONS: Record<string, string> = {
  EISDIR: 'it is a directory; give a file name',
  ENOTDIR: 'a part of the path is a file, not a directory',
  // From mkdir: the folder to create exists as a file.
  EEXIST: 'a part of the path is a file, not a directory',
  ENOENT: 'its folder does not exist and cannot be created',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

export function writeOutputFile(command: string, path: string, body: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
    throw new OutputFileError(`atlas ${command}: cannot write ${path}: ${reason}`);
  }
}

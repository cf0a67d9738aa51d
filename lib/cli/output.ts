/**
 * CLI output files
 * ================
 * Writes what a command produces (`build`, `export`), creating missing folders. The body goes to a temporary file
 * next to the target, which is then renamed over it: a write that fails (full disk, file-size limit, killed
 * process) leaves the previous file whole instead of truncated. A target that is not a regular file (`/dev/stdout`,
 * a named pipe, a device) is written to as it is: renamed over, it would be replaced by a file. A file that cannot be
 * written is the user's to fix, so it is a one-line error with its own exit code, never a stack trace.
 */
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  existsSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The output file could not be written; the message says which and why. */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFileError';
  }
}

/** Writes `body` to a new file at `path` (tests inject a failing one). */
export type FileWriter = (path: string, body: string) => void;

/** Creates the file (never reuses one: `wx`), writes it and flushes it to the disk before it replaces anything. */
export const writeNewFile: FileWriter = (path, body) => {
  const fd = openSync(path, 'wx');
  try {
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.byteLength;) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** Reasons in the user's terms; anything else is reported with the system's own words and code. */
const REASONS: Record<string, string> = {
  EISDIR: 'it is a directory; give a file name',
  ENOTDIR: 'a part of the path is a file, not a directory',
  // From mkdir: the folder to create exists as a file.
  EEXIST: 'a part of the path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is larger than this process may write (file-size limit)',
};

function reasonOf(error: unknown, step: 'folder' | 'file', folder: string): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const known = REASONS[code];
  if (known) return known;
  // Node's message is "ENOENT: no such file or directory, open '<temp path>'": keep the description, not the
  // temporary name, which the user never chose.
  const text = error instanceof Error ? error.message : String(error);
  const description = /^[A-Z]+: ([^,]+)/.exec(text)?.[1] ?? text;
  const what = step === 'folder' ? `cannot create the folder ${folder}` : `cannot create a file in ${folder}`;
  return code ? `${what}: ${description} (${code})` : `${what}: ${description}`;
}

/**
 * Creates the missing folders of `folder`, outermost first. Not `mkdirSync(…, { recursive: true })`: where mkdir
 * answers ENOENT for a folder whose parent exists (under /proc), Node's recursive mkdir retries forever.
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const each of missing) mkdirSync(each);
}

/**
 * Writes into a target that is not a regular file (a device, a pipe, /dev/stdout) as it is, in place. A pipe whose
 * reader stopped early (`--out /dev/stdout | head`) has all it wanted: that ends the write quietly, as the README
 * promises for every command's output.
 */
function writeInPlace(target: string, body: string): void {
  const fd = openSync(target, 'w');
  try {
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.byteLength;) at += writeSync(fd, bytes, at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `body` to `path` and says how: `'file'` (a file written beside it and renamed over it) or `'in place'` (a
 * device or a pipe, such as /dev/stdout). A command's summary line then belongs on stderr, not in the data stream.
 */
export function writeOutputFile(
  command: string,
  path: string,
  body: string,
  write: FileWriter = writeNewFile,
): 'file' | 'in place' {
  const fail = (error: unknown, step: 'folder' | 'file', folder: string) =>
    new OutputFileError(`atlas ${command}: cannot write ${path}: ${reasonOf(error, step, folder)}`);
  const folder = dirname(path);
  try {
    makeFolders(folder);
  } catch (error) {
    throw fail(error, 'folder', folder);
  }
  // Through a symbolic link the link stays and its file is replaced, as a plain write would do. The target is
  // examined through the path as given (stat follows links): /dev/stdout on a pipe is a link to /proc/<pid>/fd/1,
  // whose "pipe:[n]" realpath names nothing, so resolving it first would take a pipe for a missing file.
  let target = path;
  let mode: number | undefined;
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch {
    // Not there yet (or a dangling link): written at the path given.
  }
  if (stats?.isDirectory()) throw fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), 'file', folder);
  if (stats && !stats.isFile()) {
    try {
      writeInPlace(path, body);
    } catch (error) {
      throw fail(error, 'file', folder);
    }
    return 'in place';
  }
  if (stats) {
    try {
      target = realpathSync(path);
    } catch {
      // A regular file whose real path cannot be spelled: replaced at the path given.
    }
    mode = stats.mode & 0o7777;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    write(temporary, body);
    // A replaced file keeps its permissions (a private 0600 file stays private).
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
    return 'file';
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The reason the write failed matters more than a leftover we could not remove.
    }
    throw fail(error, 'file', dirname(target));
  }
}

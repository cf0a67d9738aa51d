/**
 * Output over the data
 * ====================
 * `build` and `export` write where `--out` says, and `--out` is typed by hand: one slip (`--out
 * graph-data/gazetteer.yaml`, a tab-completed `sources/iscc-2017.md`) would replace a curated data file with a
 * generated one, and the rename that protects a previous output file makes that replacement complete. The files the
 * atlas reads (the gazetteer, the curation, anything in `sources/` or `captures/`) are refused as targets before any
 * work is done; the rest of the data folder (the default `build/graph.json`) stays writable.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { OutputFileError } from './output';

/** The data folder's own files, relative to it: what `lib/ingest` reads, and the captures its tests check. */
const DATA_FILES = ['gazetteer.yaml', 'curation.yaml'];
const DATA_FOLDERS = ['sources', 'captures'];

/**
 * `path` resolved through every symbolic link of its existing part: a file not created yet is named by its real
 * folder, so `out/../graph-data/sources/x.md` and a link to the data folder are seen for what they are.
 */
function realPathOf(path: string): string {
  const missing: string[] = [];
  let at = resolve(path);
  while (!existsSync(at) && dirname(at) !== at) {
    missing.unshift(basename(at));
    at = dirname(at);
  }
  let real = at;
  try {
    real = realpathSync(at);
  } catch {
    // Unreadable on the way (permissions): compared as spelled.
  }
  return join(real, ...missing);
}

/** What `out` would overwrite in the data folder `dataDir` (e.g. `sources/iscc-2017.md`), or undefined. */
export function dataFileAt(dataDir: string, out: string): string | undefined {
  const inside = relative(realPathOf(dataDir), realPathOf(out));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const parts = inside.split(sep);
  if (parts.length === 1 && DATA_FILES.includes(parts[0] as string)) return parts[0];
  if (parts.length > 1 && DATA_FOLDERS.includes(parts[0] as string)) return parts.join('/');
  return undefined;
}

/** Throws (exit 73, before anything is built) when `out` is one of the data folder's own files. */
export function refuseDataFileTarget(command: string, dataDir: string, out: string): void {
  const file = dataFileAt(dataDir, out);
  if (file === undefined) return;
  const [first, ...rest] = file.split('/');
  const reason =
    rest.length === 0
      ? `it is the data file ${join(dataDir, file)}: choose another path, or the output would replace the data`
      : `it is in ${join(dataDir, first as string)}/, which holds the data: choose another path, or the output would replace or join the data`;
  throw new OutputFileError(`atlas ${command}: cannot write ${out}: ${reason}`);
}

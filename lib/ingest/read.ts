/**
 * Reading the data folder
 * =======================
 * Collects the inputs of a build from a data folder (graph-data/ by default): every sources/*.md document,
 * gazetteer.yaml and, when present, curation.yaml. Adding a document is adding a file. What looks like one of them
 * but would not be read (`x.markdown`, a document in a sub-folder, `curation.yml`) is reported, never left out silently.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AtlasDataError } from '../graph/errors';
import type { AtlasInputs } from './build';
import { readInputOrProblems } from './input-file';

export const DEFAULT_DATA_DIR = 'graph-data';

/** Extensions a Markdown document may carry that are not the ".md" the folder is read for. */
const MARKDOWN_LIKE = /\.(?:md|markdown|mdown|mkd|mkdn)$/i;

const SHAPE = 'a data folder holds sources/*.md and gazetteer.yaml (curation.yaml is optional)';

/** A file of the data folder saved as `Curation.yaml` or `curation.yml`: its name, when `expected` is not there. */
function lookalike(dataDir: string, expected: string): string | undefined {
  if (lstatSync(join(dataDir, expected), { throwIfNoEntry: false })) return undefined;
  return readdirSync(dataDir).find((name) => name.toLowerCase().replace(/\.yml$/, '.yaml') === expected);
}

/** Why `dataDir` is not a data folder, or undefined when it is one. */
function notADataFolder(dataDir: string): string | undefined {
  const stat = (path: string) => statSync(path, { throwIfNoEntry: false });
  const folder = stat(dataDir);
  if (!folder) return 'it does not exist';
  if (!folder.isDirectory()) return 'it is a file, not a folder';
  const sources = stat(join(dataDir, 'sources'));
  const missing = [
    sources ? undefined : 'sources/ folder',
    // Anything by that name is read, so that a folder or a dangling link is named as what it is, not as missing.
    lstatSync(join(dataDir, 'gazetteer.yaml'), { throwIfNoEntry: false }) ? undefined : 'gazetteer.yaml',
  ].filter((name) => name !== undefined);
  const gazetteer = missing.includes('gazetteer.yaml') ? lookalike(dataDir, 'gazetteer.yaml') : undefined;
  const hint = gazetteer ? ` (${gazetteer} is there: rename it gazetteer.yaml)` : '';
  if (missing.length > 0) return `it has no ${missing.join(' and no ')}${hint}`;
  return sources?.isDirectory() ? undefined : 'its sources is a file, not the folder of the documents';
}

/** Does the file open like a document, with a "---" line (front matter)? Only its first bytes are read. */
function opensWithFrontMatter(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(8);
      const length = readSync(fd, head, 0, head.length, 0);
      return /^(?:\uFEFF)?---[ \t]*\r?\n/.test(head.subarray(0, length).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Files in sources/ that look like documents but would not be read, each with what to do: a Markdown file saved
 * under another extension, a file that opens with front matter, a Markdown file in a sub-folder. Left out without a
 * word, a document would be lost silently. Anything else (notes, hidden files such as .DS_Store) may lie there.
 */
function unreadDocuments(sourcesDir: string, entries: Dirent[]): Array<{ path: string; message: string }> {
  const found: Array<{ path: string; message: string }> = [];
  for (const entry of entries) {
    // Like every path under the data folder, chosen at run time: nothing for Next's build to trace.
    const path = join(/* turbopackIgnore: true */ sourcesDir, entry.name);
    if (entry.name.startsWith('.') || entry.name.endsWith('.md')) continue;
    if (entry.isDirectory()) {
      const nested = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) =>
        MARKDOWN_LIKE.test(name),
      );
      for (const name of nested.sort()) {
        found.push({
          path: join(/* turbopackIgnore: true */ path, name),
          message:
            'not read: documents are read from sources/ itself, not its sub-folders (move it up into sources/, or out of sources/ if it is not to be read)',
        });
      }
    } else if (MARKDOWN_LIKE.test(entry.name) || opensWithFrontMatter(path)) {
      const renamed = MARKDOWN_LIKE.test(entry.name)
        ? entry.name.replace(MARKDOWN_LIKE, '.md')
        : `${entry.name.replace(/\.[^.]*$/, '')}.md`;
      const shape = MARKDOWN_LIKE.test(entry.name) ? '' : ' (it opens with front matter, like a document)';
      found.push({
        path,
        message: `not read: documents are read from files ending in ".md"${shape} (rename it ${renamed})`,
      });
    }
  }
  return found;
}

export function readInputs(dataDir = DEFAULT_DATA_DIR): AtlasInputs {
  // Relative to the working directory when inside it, else as absolute: "../../x" helps nobody find a file.
  const shown = (path: string) => {
    const fromHere = relative(process.cwd(), path);
    return fromHere === '' ? path : fromHere.startsWith('..') || isAbsolute(fromHere) ? resolve(path) : fromHere;
  };
  // An empty path would be the working directory, named by nothing: the CLI refuses it before it gets here.
  if (dataDir.trim() === '') {
    throw new AtlasDataError('lib/ingest', [{ message: `${SHAPE}: no data folder was given (an empty path)` }]);
  }
  const problem = notADataFolder(dataDir);
  if (problem) {
    // The folder itself is named as the user wrote it: that is the path they can check.
    throw new AtlasDataError('lib/ingest', [{ file: dataDir, message: `${SHAPE}: ${problem}` }]);
  }
  const sourcesDir = join(dataDir, 'sources');
  const entries = readdirSync(sourcesDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const names = entries.map((entry) => entry.name).filter((name) => name.endsWith('.md'));
  const misnamed = unreadDocuments(sourcesDir, entries);
  // Without curation.yaml the build goes on without curation: one saved under another name would be lost silently.
  const curationLookalike = lookalike(dataDir, 'curation.yaml');
  if (curationLookalike) {
    misnamed.push({
      path: join(/* turbopackIgnore: true */ dataDir, curationLookalike),
      message: 'not read: the curation is read from curation.yaml (rename it curation.yaml)',
    });
  }
  if (names.length === 0 || misnamed.length > 0) {
    throw new AtlasDataError('lib/ingest', [
      ...misnamed.map(({ path, message }) => ({ file: shown(path), message })),
      ...(names.length === 0 && misnamed.length === 0
        ? [{ file: shown(sourcesDir), message: 'no documents: add a Markdown file (<id>.md) to this folder' }]
        : []),
    ]);
  }
  // `path` is relative to the data folder, with "/" on every platform: the graph must not record this machine.
  const read = (...parts: string[]) => {
    // The data folder is chosen at run time (ATLAS_DATA_DIR): nothing for Next's build to trace here.
    const file = join(/* turbopackIgnore: true */ dataDir, ...parts);
    return { ...readInputOrProblems(file, shown(file)), path: parts.join('/') };
  };
  return {
    documents: names.map((name) => read('sources', name)),
    gazetteer: read('gazetteer.yaml'),
    // A dangling link or a folder by that name is read, and reported, rather than taken for no curation at all.
    curation: lstatSync(join(dataDir, 'curation.yaml'), { throwIfNoEntry: false }) ? read('curation.yaml') : undefined,
  };
}

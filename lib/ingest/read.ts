/**
 * Reading the data folder
 * =======================
 * Collects the inputs of a build from a data folder (graph-data/ by default): every sources/*.md document,
 * gazetteer.yaml and, when present, curation.yaml. Adding a document is adding a file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AtlasDataError } from '../graph/errors';
import type { AtlasInputs } from './build';
import { readInputOrProblems } from './input-file';

export const DEFAULT_DATA_DIR = 'graph-data';

/** Extensions a Markdown document may carry that are not the ".md" the folder is read for. */
const MARKDOWN_LIKE = /\.(?:md|markdown|mdown|mkd|mkdn)$/i;

const SHAPE = 'a data folder holds sources/*.md and gazetteer.yaml (curation.yaml is optional)';

/** Why `dataDir` is not a data folder, or undefined when it is one. */
function notADataFolder(dataDir: string): string | undefined {
  const stat = (path: string) => statSync(path, { throwIfNoEntry: false });
  const folder = stat(dataDir);
  if (!folder) return 'it does not exist';
  if (!folder.isDirectory()) return 'it is a file, not a folder';
  const missing = [
    stat(join(dataDir, 'sources'))?.isDirectory() ? undefined : 'sources/ folder',
    stat(join(dataDir, 'gazetteer.yaml'))?.isFile() ? undefined : 'gazetteer.yaml',
  ].filter((name) => name !== undefined);
  return missing.length > 0 ? `it has no ${missing.join(' and no ')}` : undefined;
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
  const entries = readdirSync(sourcesDir).sort();
  const names = entries.filter((name) => name.endsWith('.md'));
  // A document saved as X.MD or x.markdown would be left out without a word: the data would be lost silently.
  const misnamed = entries.filter((name) => !name.endsWith('.md') && MARKDOWN_LIKE.test(name));
  if (names.length === 0 || misnamed.length > 0) {
    throw new AtlasDataError('lib/ingest', [
      ...misnamed.map((name) => ({
        file: shown(join(sourcesDir, name)),
        message: `not read: documents are read from files ending in ".md" (rename it ${name.replace(MARKDOWN_LIKE, '.md')})`,
      })),
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
    curation: existsSync(join(dataDir, 'curation.yaml')) ? read('curation.yaml') : undefined,
  };
}

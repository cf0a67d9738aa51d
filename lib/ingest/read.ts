/**
 * Reading the data folder
 * =======================
 * Collects the inputs of a build from a data folder (graph-data/ by default): every sources/*.md document,
 * gazetteer.yaml and, when present, curation.yaml. Adding a document is adding a file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AtlasDataError } from '../graph/errors';
import type { AtlasInputs } from './build';
import { readInput } from './input-file';

export const DEFAULT_DATA_DIR = 'graph-data';

export function readInputs(dataDir = DEFAULT_DATA_DIR): AtlasInputs {
  // Relative to the working directory when inside it, else as absolute: "../../x" helps nobody find a file.
  const shown = (path: string) => {
    const fromHere = relative(process.cwd(), path);
    return fromHere === '' ? path : fromHere.startsWith('..') || isAbsolute(fromHere) ? resolve(path) : fromHere;
  };
  const sourcesDir = join(dataDir, 'sources');
  const gazetteerPath = join(dataDir, 'gazetteer.yaml');
  if (!existsSync(sourcesDir) || !existsSync(gazetteerPath)) {
    throw new AtlasDataError('lib/ingest', [
      {
        file: shown(dataDir),
        message: 'a data folder holds sources/*.md and gazetteer.yaml (curation.yaml is optional)',
      },
    ]);
  }
  const documents = readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readInput(join(sourcesDir, name), shown(join(sourcesDir, name))));
  const curationPath = join(dataDir, 'curation.yaml');
  return {
    documents,
    gazetteer: readInput(gazetteerPath, shown(gazetteerPath)),
    curation: existsSync(curationPath) ? readInput(curationPath, shown(curationPath)) : undefined,
  };
}

/** Reading a data folder: messages name the folder actually given, and what a build records does not depend on it. */
import { cpSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import { MINI_DOCUMENT, MINI_GAZETTEER, realGraph } from '../../support/data';
import { tempDir } from '../../support/temp';

/** A data folder outside the project (given by its absolute path), holding the made-up mini strategy. */
function miniFolder(withDocument = true): string {
  const dir = tempDir('atlas-read-');
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'gazetteer.yaml'), MINI_GAZETTEER);
  if (withDocument) writeFileSync(join(dir, 'sources', 'atlantis-2020.md'), MINI_DOCUMENT);
  return dir;
}

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof AtlasDataError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected the read to fail');
}

describe('readInputs', () => {
  it('no documents: names the sources folder of the data folder given, not graph-data/', () => {
    const dir = miniFolder(false);
    expect(problemsOf(() => readInputs(dir))).toEqual([
      `${join(dir, 'sources')}: no documents: add a Markdown file (<id>.md) to this folder`,
    ]);
  });

  it('names a document saved as .MD or .markdown instead of leaving it out silently', () => {
    const dir = miniFolder();
    writeFileSync(join(dir, 'sources', 'other.markdown'), MINI_DOCUMENT);
    writeFileSync(join(dir, 'sources', 'THIRD.MD'), MINI_DOCUMENT);
    writeFileSync(join(dir, 'sources', 'notes.txt'), 'kept beside the documents, not one of them');
    expect(problemsOf(() => readInputs(dir))).toEqual([
      `${join(dir, 'sources', 'THIRD.MD')}: not read: documents are read from files ending in ".md" (rename it THIRD.md)`,
      `${join(dir, 'sources', 'other.markdown')}: not read: documents are read from files ending in ".md" (rename it other.md)`,
    ]);
  });

  it('names a document saved under another extension by its front matter, and one in a sub-folder', () => {
    const dir = miniFolder();
    writeFileSync(join(dir, 'sources', 'other.txt'), MINI_DOCUMENT);
    writeFileSync(join(dir, 'sources', 'notes.txt'), 'kept beside the documents, not one of them');
    writeFileSync(join(dir, 'sources', '.DS_Store'), '---\n');
    mkdirSync(join(dir, 'sources', '2018', 'drafts'), { recursive: true });
    writeFileSync(join(dir, 'sources', '2018', 'drafts', 'third.md'), MINI_DOCUMENT);
    writeFileSync(join(dir, 'sources', '2018', 'readme.txt'), 'not a document');
    expect(problemsOf(() => readInputs(dir))).toEqual([
      `${join(dir, 'sources', '2018', 'drafts', 'third.md')}: not read: documents are read from sources/ itself, not its sub-folders (move it up into sources/, or out of sources/ if it is not to be read)`,
      `${join(dir, 'sources', 'other.txt')}: not read: documents are read from files ending in ".md" (it opens with front matter, like a document) (rename it other.md)`,
    ]);
  });

  it('names a curation or gazetteer saved under another name instead of building without it', () => {
    const dir = miniFolder();
    writeFileSync(join(dir, 'Curation.yml'), 'relations: []\n');
    expect(problemsOf(() => readInputs(dir))).toEqual([
      `${join(dir, 'Curation.yml')}: not read: the curation is read from curation.yaml (rename it curation.yaml)`,
    ]);
    renameSync(join(dir, 'gazetteer.yaml'), join(dir, 'gazetteer.yml'));
    expect(problemsOf(() => readInputs(dir))).toEqual([
      `${dir}: a data folder holds sources/*.md and gazetteer.yaml (curation.yaml is optional): it has no gazetteer.yaml (gazetteer.yml is there: rename it gazetteer.yaml)`,
    ]);
  });

  it('reads a gazetteer or curation that is a folder or a dangling link, and says what it is', () => {
    const dir = miniFolder();
    rmSync(join(dir, 'gazetteer.yaml'));
    mkdirSync(join(dir, 'gazetteer.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'curation.yaml'));
    expect(problemsOf(() => buildKnowledgeGraph(readInputs(dir)))).toEqual([
      `${join(dir, 'gazetteer.yaml')}: cannot read the file: it is a folder, not a file`,
      `${join(dir, 'curation.yaml')}: cannot read the file: it does not exist (a broken symbolic link?)`,
    ]);
  });

  it('a file that cannot be read is reported with the problems of the other files, in one run', () => {
    const dir = miniFolder();
    writeFileSync(join(dir, 'gazetteer.yaml'), new Uint8Array([0x65, 0x00, 0x66]));
    writeFileSync(
      join(dir, 'curation.yaml'),
      'relations:\n  - {source: a, type: LEADS, target: b, basis: curated, note: x}\n',
    );
    mkdirSync(join(dir, 'sources', 'folder.md'));
    const problems = problemsOf(() => buildKnowledgeGraph(readInputs(dir)));
    expect(problems).toEqual([
      `${join(dir, 'gazetteer.yaml')}: file contains NUL bytes: this is not a text file (or it is UTF-16: save it as UTF-8)`,
      expect.stringMatching(/curation\.yaml:2: relations\[0\]\.type: must be one of PART_OF, .* \(got "LEADS"\)/),
      `${join(dir, 'sources', 'folder.md')}: cannot read the file: it is a folder, not a file`,
    ]);
  });

  it('says what is wrong with a folder that is not a data folder, naming it as given', () => {
    const dir = miniFolder();
    const file = join(dir, 'gazetteer.yaml');
    const shape = 'a data folder holds sources/*.md and gazetteer.yaml (curation.yaml is optional)';
    expect(problemsOf(() => readInputs(file))).toEqual([`${file}: ${shape}: it is a file, not a folder`]);
    expect(problemsOf(() => readInputs(join(dir, 'sources')))).toEqual([
      `${join(dir, 'sources')}: ${shape}: it has no sources/ folder and no gazetteer.yaml`,
    ]);
    expect(problemsOf(() => readInputs(join(dir, 'nope')))).toEqual([
      `${join(dir, 'nope')}: ${shape}: it does not exist`,
    ]);
    expect(problemsOf(() => readInputs(''))).toEqual([`${shape}: no data folder was given (an empty path)`]);
    const flat = miniFolder(false);
    rmSync(join(flat, 'sources'), { recursive: true });
    writeFileSync(join(flat, 'sources'), MINI_DOCUMENT);
    expect(problemsOf(() => readInputs(flat))).toEqual([
      `${flat}: ${shape}: its sources is a file, not the folder of the documents`,
    ]);
  });

  it("records each file's path inside the data folder, wherever the folder is", () => {
    const inputs = readInputs(miniFolder());
    expect(inputs.documents.map((input) => input.path)).toEqual(['sources/atlantis-2020.md']);
    expect(inputs.gazetteer.path).toBe('gazetteer.yaml');
  });
});

/** The document node's recorded source file (the union type of node attributes does not list it). */
const sourceFile = (kg: KnowledgeGraph, id: string) =>
  (kg.graph.getNodeAttributes(id) as { sourceFile?: string }).sourceFile;

describe('the document node', () => {
  it('stores sourceFile relative to the data folder: no absolute path, no cwd in the graph', () => {
    const dir = miniFolder();
    const kg = buildKnowledgeGraph(readInputs(dir));
    expect(sourceFile(kg, 'atlantis-2020')).toBe('sources/atlantis-2020.md');
    expect(JSON.stringify(kg.graph.export())).not.toContain(dir);
  });

  it('the committed data gives the same sourceFile read as graph-data or from a copy elsewhere', () => {
    const copy = join(tempDir('atlas-read-'), 'data');
    cpSync('graph-data', copy, { recursive: true });
    const fromCopy = sourceFile(buildKnowledgeGraph(readInputs(copy)), 'iscc-2017');
    expect(sourceFile(realGraph(), 'iscc-2017')).toBe('sources/iscc-2017.md');
    expect(fromCopy).toBe('sources/iscc-2017.md');
  });
});

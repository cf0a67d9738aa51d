/**
 * Reading each input on its own
 * =============================
 * The first stage of a build: the gazetteer, the curation and every document are read and checked each on its own,
 * collecting every problem (none stops the others). What could be read goes on to the build; what could not is said,
 * so that the build neither reports its consequences as problems of their own nor claims to have checked them.
 */
import type { DataIssue } from '../graph/errors';
import { emptyCuration, readCuration, type Curation } from './curation';
import { readGazetteer, type Gazetteer } from './gazetteer';
import type { InputFile } from './input-file';
import { readSourceDocument, type SourceDocument } from './source';

export interface EachRead {
  /** Undefined when the gazetteer cannot be used at all: nothing can be matched or resolved then. */
  gazetteer?: Gazetteer;
  /** The curation, or an empty one when it cannot be used (said in `notChecked`). */
  curation: Curation;
  documents: SourceDocument[];
  /** Ids of the documents that could not be read (by their file name, `<id>.md`). */
  unreadIds: string[];
  issues: DataIssue[];
  /** What later stages cannot check because of the problems here. */
  notChecked: string[];
}

export function readEach(inputs: { documents: InputFile[]; gazetteer: InputFile; curation?: InputFile }): EachRead {
  const issues: DataIssue[] = [];
  const notChecked: string[] = [];
  const { gazetteer, issues: gazetteerIssues } = readGazetteer(inputs.gazetteer);
  issues.push(...gazetteerIssues);
  const curationRead = inputs.curation ? readCuration(inputs.curation) : { curation: emptyCuration(), issues: [] };
  issues.push(...curationRead.issues);
  const documents: SourceDocument[] = [];
  const unreadIds: string[] = [];
  for (const input of inputs.documents) {
    const { document, issues: documentIssues } = readSourceDocument(input);
    issues.push(...documentIssues);
    if (document) documents.push(document);
    else unreadIds.push((input.path ?? input.file).replace(/^.*\//, '').replace(/\.md$/i, ''));
  }
  if (!gazetteer) {
    notChecked.push(
      `the documents' issuers and mentions, the curation's references and the graph (they need a usable ${inputs.gazetteer.file})`,
    );
  } else {
    if (!curationRead.curation) notChecked.push(`the curation's entries (they need a usable ${inputs.curation?.file})`);
    if (unreadIds.length > 0) notChecked.push('what the curation says about documents that could not be read');
  }
  return {
    gazetteer,
    curation: curationRead.curation ?? emptyCuration(),
    documents,
    unreadIds,
    issues,
    notChecked,
  };
}

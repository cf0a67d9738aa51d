/**
 * The node table by document (lib/explorer/table/documents.ts and filterRows): with several documents the rows can
 * be kept to one document's — its items, itself, and the entities it names; with one there is no choice to make.
 */
import { describe, expect, it } from 'vitest';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import { chosenDocument, nodeDocuments, tableDocuments } from '@/lib/explorer/table/documents';
import { filterRows, nodeRows } from '@/lib/explorer/table/rows';
import { toApiGraph } from '@/lib/graph/serialize';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import { realGraph } from '../../support/data';

const several = buildClientGraph(toApiGraph(buildKnowledgeGraph(readInputs('test/fixtures/multi-doc')).graph));
const one = buildClientGraph(toApiGraph(realGraph().graph));
const rows = nodeRows(several);
const kept = (document: string | null, show?: Parameters<typeof filterRows>[4]) =>
  new Set(filterRows(rows, '', () => true, null, show, document).map((row) => row.id));

describe('node table rows by document', () => {
  it('offers each loaded document by its short name, and none with one document', () => {
    expect(tableDocuments(several)).toEqual([
      { id: 'atlantis-2020', name: 'Atlantis 2020' },
      { id: 'lemuria-2022', name: 'Lemuria 2022' },
    ]);
    expect(tableDocuments(one)).toEqual([]);
    // One document: nothing to keep by, so the rows carry no documents at all.
    expect(nodeRows(one).some((row) => row.documentIds !== undefined)).toBe(false);
  });

  it("puts a document's own items in it alone, and an entity in every document that names it", () => {
    expect(nodeDocuments(several, 'lemuria-2022')).toEqual(['lemuria-2022']);
    expect(nodeDocuments(several, 'lemuria-2022-preface')).toEqual(['lemuria-2022']);
    expect(nodeDocuments(several, 'lemuria-2022-ch2-1-s1')).toEqual(['lemuria-2022']);
    expect(nodeDocuments(several, 'un').sort()).toEqual(['atlantis-2020', 'lemuria-2022']);
    expect(nodeDocuments(several, 'atlantis')).toEqual(['atlantis-2020']);
  });

  it("keeps one document's rows: its commitments, sections, items, itself and the entities it names", () => {
    const lemuria = kept('lemuria-2022');
    for (const id of [
      'lemuria-2022',
      'lemuria-2022-preface',
      'action-partnership',
      'lemuria-2022-ch2-1-s1',
      'un',
      'lemuria',
    ]) {
      expect(lemuria.has(id), id).toBe(true);
    }
    for (const id of ['atlantis-2020', 'atlantis-2020-preface', 'atlantis']) expect(lemuria.has(id), id).toBe(false);
    expect([...lemuria].every((id) => rows.find((row) => row.id === id)?.document !== 'Atlantis 2020')).toBe(true);
    // Every row is some document's here, and the two documents share only the entities both name.
    expect(kept(null).size).toBe(rows.length);
    const atlantis = kept('atlantis-2020');
    expect([...lemuria].filter((id) => atlantis.has(id))).toEqual(['un', 'ungge']);
  });

  it('combines with "Show" and the text filter', () => {
    const commitments = [...kept('lemuria-2022', 'commitments')];
    expect(commitments).toHaveLength(3);
    expect(commitments.every((id) => id.startsWith('lemuria-2022-'))).toBe(true);
    // Which rows, not their order: the table sorts them (by centrality unless asked), whatever order the graph has.
    const ungge = (document: string) =>
      filterRows(rows, 'UNGGE', () => true, null, 'all', document)
        .map((r) => r.id)
        .sort();
    expect(ungge('atlantis-2020')).toEqual(['atlantis-2020-ch2-1-s1', 'ungge']);
    expect(ungge('lemuria-2022')).toEqual(['lemuria-2022-ch2-1-s2', 'lemuria-2022-preface-s2', 'ungge']);
  });

  it('ignores a document id that is no loaded document, or any with one document', () => {
    const documents = tableDocuments(several);
    expect(chosenDocument(documents, 'lemuria-2022')).toBe('lemuria-2022');
    expect(chosenDocument(documents, 'atlantis-1999')).toBeNull();
    expect(chosenDocument(documents, null)).toBeNull();
    expect(chosenDocument(tableDocuments(one), 'iscc-2017')).toBeNull();
  });
});

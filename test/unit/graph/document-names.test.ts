/** Short names of documents (lib/graph/document-names.ts), on the multi-document fixture and made-up cases. */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import { documentNamesWhenSeveral, documentShortNames, documentsOfGraph } from '@/lib/graph/document-names';
import { realGraph } from '../../support/data';

describe('document short names', () => {
  it('names a document by its issuer as its text calls it and its year', () => {
    const names = documentShortNames([
      { id: 'a', title: 'A Strategy', date: '2017-03-01', issuerName: 'China' },
      { id: 'b', title: 'B Strategy', date: '2020-12-16', issuerName: 'EU' },
    ]);
    expect([...names]).toEqual([
      ['a', 'China 2017'],
      ['b', 'EU 2020'],
    ]);
  });

  it('lists the documents by date, then id, whatever order they come in (ids would put "eu" before "iscc")', () => {
    const names = documentShortNames([
      { id: 'iscc-2017', title: 'A Strategy', date: '2017-03-01', issuerName: 'China' },
      { id: 'eu-2020', title: 'B Strategy', date: '2020-12-16', issuerName: 'EU' },
      { id: 'au-2017', title: 'C Strategy', date: '2017-03-01', issuerName: 'AU' },
    ]);
    expect([...names.keys()]).toEqual(['au-2017', 'iscc-2017', 'eu-2020']);
  });

  it('falls back to title and year when two would read alike or the issuer is unknown', () => {
    const names = documentShortNames([
      { id: 'a', title: 'A Strategy', date: '2020-01-01', issuerName: 'EU' },
      { id: 'b', title: 'B Strategy', date: '2020-12-16', issuerName: 'EU' },
      { id: 'c', title: 'C Strategy', date: '2021-05-05' },
    ]);
    expect([...names.values()]).toEqual(['A Strategy (2020)', 'B Strategy (2020)', 'C Strategy (2021)']);
  });

  it("reads the documents and their issuers' short names from a serialised graph", () => {
    const kg = buildKnowledgeGraph(readInputs('test/fixtures/multi-doc'));
    const graph = kg.graph.export();
    expect(documentsOfGraph(graph)).toEqual([
      { id: 'atlantis-2020', title: 'Atlantis Cyber Strategy', date: '2020-01-01', issuerName: 'Atlantis' },
      { id: 'lemuria-2022', title: 'Lemurian Strategy for Cyberspace', date: '2022-06-01', issuerName: 'Lemuria' },
    ]);
    expect(documentNamesWhenSeveral(graph).get('lemuria-2022')).toBe('Lemuria 2022');
  });

  it('says nothing with one document: the one-document app stays as it was', () => {
    expect(documentNamesWhenSeveral(realGraph().graph.export()).size).toBe(0);
  });
});

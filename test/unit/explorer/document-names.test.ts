/**
 * Documents named in the explorer (lib/explorer/graph/document-names.ts and its users): with several documents the
 * source sentences and the table's rows say whose they are; with one, nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import { clientDocumentNames } from '@/lib/explorer/graph/document-names';
import { provenanceSources } from '@/lib/explorer/selection/sources';
import { nodeRows } from '@/lib/explorer/table/rows';
import { toApiGraph } from '@/lib/graph/serialize';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import { realGraph } from '../../support/data';

const several = buildClientGraph(toApiGraph(buildKnowledgeGraph(readInputs('test/fixtures/multi-doc')).graph));
const one = buildClientGraph(toApiGraph(realGraph().graph));

describe('document names in the explorer', () => {
  it('names each document by issuer and year when several are loaded', () => {
    expect([...clientDocumentNames(several)]).toEqual([
      ['atlantis-2020', 'Atlantis 2020'],
      ['lemuria-2022', 'Lemuria 2022'],
    ]);
    expect(clientDocumentNames(one).size).toBe(0);
  });

  it("labels a source sentence with its document, and the table's rows of a document with it", () => {
    expect(provenanceSources(several).documentName('lemuria-2022')).toBe('Lemuria 2022');
    expect(provenanceSources(one).documentName('iscc-2017')).toBeUndefined();
    const rows = new Map(nodeRows(several).map((row) => [row.id, row]));
    expect(rows.get('lemuria-2022-ch2-1-s1')?.document).toBe('Lemuria 2022');
    expect(rows.get('atlantis-2020-preface')?.document).toBe('Atlantis 2020');
    // An entity of the gazetteer is no one document's.
    expect(rows.get('un')?.document).toBeUndefined();
    expect(nodeRows(one).some((row) => row.document !== undefined)).toBe(false);
  });
});

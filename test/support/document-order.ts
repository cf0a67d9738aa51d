/**
 * Document order cases
 * ====================
 * The multi-document fixture with its dates turned around, so the documents' ids and dates disagree (Lemuria,
 * issued first, has the later id), and the cases every store must answer in date order: the documents, the
 * commitments, the matrix's columns and a named query's rows. Run on the memory store by a unit test and on
 * Neo4j by an integration test.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { AtlasStore } from '@/lib/store/types';
import { tempDir } from './temp';

/** A copy of test/fixtures/multi-doc in which Lemuria (lemuria-2022) is dated 2010, before Atlantis (2020). */
export function datesReversedFixture(): string {
  const dir = tempDir('atlas-document-order-');
  cpSync('test/fixtures/multi-doc', dir, { recursive: true });
  const lemuria = join(dir, 'sources', 'lemuria-2022.md');
  writeFileSync(lemuria, readFileSync(lemuria, 'utf8').replace(/^date: .*$/m, 'date: 2010-01-01'));
  return dir;
}

/** The documents the rows come from, in the order of their first rows. */
const firstSeen = (ids: readonly string[]) => [...new Set(ids)];

export function documentOrderCases(getStore: () => AtlasStore): void {
  const ISSUED = ['lemuria-2022', 'atlantis-2020'];

  it('lists the documents by date, not by id', async () => {
    expect((await getStore().documents()).map((d) => d.id)).toEqual(ISSUED);
  });

  it('gives commitments in date order of their documents, then in reading order', async () => {
    const rows = await getStore().commitments({});
    expect(firstSeen(rows.map((r) => r.documentId))).toEqual(ISSUED);
    for (const documentId of ISSUED) {
      const starts = rows.filter((r) => r.documentId === documentId).map((r) => r.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("puts the matrix's columns in date order of their documents", async () => {
    const { actions } = await getStore().matrix();
    expect(firstSeen(actions.map((a) => a.documentId))).toEqual(ISSUED);
  });

  it('orders commitments-by-modality rows by date of their documents', async () => {
    const result = await getStore().runQuery('commitments-by-modality', { modality: 'will' });
    const column = result.columns.indexOf('documentId');
    expect(firstSeen(result.rows.map((row) => String(row[column])))).toEqual(ISSUED);
  });
}

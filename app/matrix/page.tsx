/**
 * Matrix page
 * ===========
 * `/matrix`: forums (rows) × plan-of-action items (columns), each cell counting the commitments that link them.
 * The matrix and the commitments' sentences (with their citations) are read from the store here, on the server, and
 * handed to the client table, which keeps its filter, sort and open cell in the URL.
 */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { citeCommitments } from '@/lib/queries/citations';
import { getStore } from '@/lib/store';
import { MatrixExplorer, type CommitmentQuote } from './MatrixExplorer';
import { StoreUnavailable } from '../_components/StoreUnavailable';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Forum × action matrix' };

export default async function MatrixPage() {
  let view;
  let quotes: Record<string, CommitmentQuote>;
  try {
    const store = await getStore();
    const [matrix, commitments] = await Promise.all([store.matrix(), store.commitments({})]);
    const linked = new Set(matrix.cells.flatMap((cell) => cell.commitments));
    const shown = commitments.filter((c) => linked.has(c.id));
    const citations = await citeCommitments(store, shown);
    view = matrix;
    quotes = Object.fromEntries(
      shown.map((c) => {
        const { id, text, modality, modalities, kind, documentId } = c;
        return [id, { id, text, modality, modalities, kind, documentId, citation: citations.get(id) }];
      }),
    );
  } catch (error) {
    console.error('app/matrix: the store did not answer', error);
    return <StoreUnavailable title="The matrix is unavailable" />;
  }
  return (
    <Suspense fallback={<p className="muted">Loading the matrix…</p>}>
      <MatrixExplorer view={view} quotes={quotes} />
    </Suspense>
  );
}

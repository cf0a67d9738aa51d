/**
 * Matrix page
 * ===========
 * `/matrix`: forums (rows) × plan-of-action items (columns), each cell counting the commitments that link them.
 * The matrix and the commitments' sentences are read from the store here, on the server, and handed to the client
 * table, which keeps its filter, sort and open cell in the URL.
 */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getStore } from '@/lib/store';
import { MatrixExplorer, type CommitmentQuote } from './MatrixExplorer';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Forum × action matrix' };

export default async function MatrixPage() {
  let view;
  let quotes: Record<string, CommitmentQuote>;
  try {
    const store = await getStore();
    const [matrix, commitments] = await Promise.all([store.matrix(), store.commitments({})]);
    const linked = new Set(matrix.cells.flatMap((cell) => cell.commitments));
    view = matrix;
    quotes = Object.fromEntries(
      commitments
        .filter((c) => linked.has(c.id))
        .map((c) => [c.id, { id: c.id, text: c.text, modality: c.modality, kind: c.kind, documentId: c.documentId }]),
    );
  } catch (error) {
    console.error('app/matrix: the store did not answer', error);
    return (
      <div className="page-error" role="alert">
        <h1>The matrix is unavailable</h1>
        <p>
          {/* A JSON route, not a page: a client-side <Link> would try to render it. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          The data store did not answer. Check <a href="/api/health">/api/health</a> and try again.
        </p>
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="muted">Loading the matrix…</p>}>
      <MatrixExplorer view={view} quotes={quotes} />
    </Suspense>
  );
}

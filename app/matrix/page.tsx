/**
 * Matrix page
 * ===========
 * `/matrix`: forums (rows) × plan-of-action items (columns), each cell counting the commitments that link them.
 * The matrix and the commitments' sentences (with their citations) are read from the store here, on the server, and
 * handed to the client table, which keeps its filter, sort, "bodies within" switch and open cell in the URL. Both
 * matrices (with and without the bodies within each forum) come at once, so the switch answers without a request;
 * with several documents, their short names too, for the columns and the document filter.
 */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { documentNamesWhenSeveral } from '@/lib/graph/document-names';
import { citeCommitments } from '@/lib/queries/citations';
import { getStore } from '@/lib/store';
import type { AtlasStore, MatrixView } from '@/lib/store/types';
import { MatrixExplorer, type CommitmentQuote } from './MatrixExplorer';
import { StoreUnavailable } from '../_components/StoreUnavailable';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Forums × plan-of-action items' };

/**
 * The names of the bodies a cell counts a commitment through ("via UN General Assembly"): most are forums, named in
 * the matrix already; a part of another type (an initiative within a forum) is looked up.
 */
async function partLabels(store: AtlasStore, matrix: MatrixView): Promise<Record<string, string>> {
  const labels = new Map(matrix.forums.map((forum) => [forum.id, forum.label]));
  const parts = new Set(matrix.cells.flatMap((cell) => (cell.via ?? []).flatMap((via) => via.parts)));
  const others = [...parts].filter((id) => !labels.has(id));
  const nodes = await Promise.all(others.map((id) => store.node(id)));
  for (const node of nodes) if (node) labels.set(node.node.id, node.node.label);
  return Object.fromEntries([...parts].map((id) => [id, labels.get(id) ?? id]));
}

export default async function MatrixPage() {
  let views: { direct: MatrixView; parts: MatrixView };
  let quotes: Record<string, CommitmentQuote>;
  let labels: Record<string, string>;
  let documents: Array<{ id: string; name: string }>;
  try {
    const store = await getStore();
    const [direct, parts, commitments, graph] = await Promise.all([
      store.matrix(),
      store.matrix({ parts: true }),
      store.commitments({}),
      store.graph(),
    ]);
    // Several documents: each column says whose plan it is, and the table can be kept to one ("China 2017").
    documents = [...documentNamesWhenSeveral(graph)].map(([id, name]) => ({ id, name }));
    // With the bodies within, every cell holds at least the commitments it holds without: its sentences suffice.
    const linked = new Set(parts.cells.flatMap((cell) => cell.commitments));
    const shown = commitments.filter((c) => linked.has(c.id));
    const [citations, names] = await Promise.all([citeCommitments(store, shown), partLabels(store, parts)]);
    views = { direct, parts };
    labels = names;
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
      <MatrixExplorer views={views} quotes={quotes} partLabels={labels} documents={documents} />
    </Suspense>
  );
}

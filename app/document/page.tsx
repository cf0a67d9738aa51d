/**
 * Document page
 * =============
 * `/document?id=<document>`: the reader. Renders on the server from the store (no client fetch): the text with its
 * sections, linked mentions and anchored commitments, plus an optional marked passage (`mark=start-end`) that the
 * explorer links to for quotes that are not commitment sentences.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { parseMark } from '@/lib/explorer/selection/provenance';
import { segmentDocument } from '@/lib/explorer/document/segments';
import { getStore } from '@/lib/store';
import { Reader } from '../_components/document/Reader';
import { TargetHighlight } from '../_components/document/TargetHighlight';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Document' };

type Search = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function DocumentPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const store = await getStore();
  const documents = await store.documents();
  const id = first(params.id) ?? documents[0]?.id;
  if (!id) {
    return (
      <article className="prose">
        <h1>No documents</h1>
        <p>The atlas holds no documents yet.</p>
      </article>
    );
  }
  const view = await store.document(id);
  if (!view) notFound();
  const graph = await store.graph();
  const labels = new Map<string, string>();
  for (const node of graph.nodes) labels.set(node.key, String(node.attributes?.label ?? node.key));
  const mark = parseMark(first(params.mark), view.text.length);
  const blocks = segmentDocument(view.text, {
    sections: view.sections,
    mentions: view.mentions,
    commitments: view.commitments,
    mark,
  });
  const { document } = view;
  return (
    <div className="reader">
      <TargetHighlight />
      <nav className="reader-toc" aria-label="Sections">
        <h2>Sections</h2>
        <ol>
          {view.sections.map((section) => (
            <li key={section.id} className={`toc-level-${section.level}`}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      <article className="reader-body" aria-labelledby="document-title">
        <header>
          <h1 id="document-title">{document.title}</h1>
          <p className="muted">
            {document.issuer} · {document.date} ·{' '}
            <Link href={`/?node=${encodeURIComponent(document.id)}`}>in the explorer</Link>
          </p>
          <p className="reader-key">
            <span className="mention-sample">Underlined names</span> open the entity in the explorer;{' '}
            <span className="commitment">highlighted sentences</span> are commitments ({view.commitments.length}), each
            with an anchor (◆ opens it in the explorer).
          </p>
        </header>
        <Reader blocks={blocks} labels={labels} />
      </article>
    </div>
  );
}

/**
 * Provenance quotes
 * =================
 * The sentences a node or relationship comes from, each verbatim in a <blockquote> with its section and a link to
 * that sentence in the document reader.
 */
import Link from 'next/link';
import type { ProvenanceView } from '@/lib/explorer/api/client';
import { readerHref } from '@/lib/explorer/selection/provenance';

export function ProvenanceList({
  items,
  commitmentsByRange,
}: {
  items: readonly ProvenanceView[];
  commitmentsByRange: ReadonlyMap<string, string>;
}) {
  if (items.length === 0) return null;
  return (
    <section className="provenance" aria-label="Sources">
      <h3>Source {items.length === 1 ? 'sentence' : `sentences (${items.length})`}</h3>
      <ol>
        {items.map((item) => (
          <li key={`${item.documentId}:${item.start}-${item.end}`}>
            <figure>
              <blockquote cite={readerHref(item, commitmentsByRange)}>{item.quote}</blockquote>
              <figcaption>
                {item.sectionTitle} · <Link href={readerHref(item, commitmentsByRange)}>Read in context</Link>
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Provenance quotes
 * =================
 * The sentences a node or relationship comes from, each verbatim in a <blockquote> with its section, a link to
 * that sentence in the document reader and a button that copies it as a citation.
 */
import Link from 'next/link';
import type { ProvenanceView } from '@/lib/explorer/api/client';
import { readerHref } from '@/lib/explorer/selection/provenance';
import type { ProvenanceSources } from '@/lib/explorer/selection/sources';
import { CopyCitation } from '../CopyCitation';

export function ProvenanceList({ items, sources }: { items: readonly ProvenanceView[]; sources: ProvenanceSources }) {
  if (items.length === 0) return null;
  return (
    <section className="provenance" aria-label="Sources">
      <h3>Source {items.length === 1 ? 'sentence' : `sentences (${items.length})`}</h3>
      <ol>
        {items.map((item, index) => {
          const href = readerHref(item, sources.commitmentsByRange);
          const citation = sources.cite(item);
          return (
            <li key={`${item.documentId}:${item.start}-${item.end}`}>
              <figure>
                <blockquote cite={href}>{item.quote}</blockquote>
                <figcaption>
                  {item.sectionTitle} · <Link href={href}>Read in context</Link>
                  {citation ? (
                    <>
                      {' · '}
                      <CopyCitation
                        citation={citation}
                        label={items.length === 1 ? 'Copy citation' : `Copy citation of source sentence ${index + 1}`}
                      />
                    </>
                  ) : null}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

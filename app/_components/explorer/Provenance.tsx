/**
 * Provenance quotes
 * =================
 * The sentences a node or relationship comes from, each verbatim in a <blockquote> with its section, a link to
 * that sentence in the document reader and a button that copies it as a citation. A fact located by a few words
 * (a phrase, not a sentence) is headed and captioned as such; the reader shows it marked inside its sentence; a
 * section's (or a principle's, goal's, item's) own heading is captioned as a heading, not as words cut from a
 * sentence. With several documents loaded, each caption opens with its document's short name ("EU 2020 · 1. …").
 */
import Link from 'next/link';
import type { ProvenanceView } from '@/lib/explorer/api/client';
import { quoteKind, readerHref, type QuoteKind } from '@/lib/explorer/selection/provenance';
import type { ProvenanceSources } from '@/lib/explorer/selection/sources';
import { CopyCitation } from '../CopyCitation';

/** What the panel's heading calls its quotes when all are of one kind ("Source sentences (3)", "Source heading"). */
const NOUNS: Record<QuoteKind, string> = { sentence: 'sentence', heading: 'heading', phrase: 'text' };

export function ProvenanceList({ items, sources }: { items: readonly ProvenanceView[]; sources: ProvenanceSources }) {
  if (items.length === 0) return null;
  const kinds = items.map(quoteKind);
  const noun = kinds.every((kind) => kind === kinds[0]) ? NOUNS[kinds[0]!] : 'text';
  return (
    <section className="provenance" aria-label="Sources">
      <h3>Source {items.length === 1 ? noun : `${noun}s (${items.length})`}</h3>
      <ol>
        {items.map((item, index) => {
          const href = readerHref(item, sources.commitmentsByRange);
          const citation = sources.cite(item);
          const phrase = kinds[index] === 'phrase';
          // Several documents: say whose sentence it is, as section titles repeat from one document to the next.
          const document = sources.documentName(item.documentId);
          return (
            <li key={`${item.documentId}:${item.start}-${item.end}`}>
              <figure>
                <blockquote cite={href} className={phrase ? 'is-phrase' : undefined}>
                  {item.quote}
                </blockquote>
                <figcaption>
                  {document ? <span className="provenance-document">{document} · </span> : null}
                  {phrase ? 'Words within a sentence of ' : ''}
                  {kinds[index] === 'heading' ? 'Heading of ' : ''}
                  {item.sectionTitle} · <Link href={href}>Read in context</Link>
                  {citation ? (
                    <>
                      {' · '}
                      <CopyCitation
                        citation={citation}
                        label={items.length === 1 ? 'Copy citation' : `Copy citation of source ${noun} ${index + 1}`}
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

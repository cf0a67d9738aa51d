/**
 * Document page
 * =============
 * `/document?id=<document>`: the reader. Renders on the server from the store (no client fetch): the text with its
 * sections, linked mentions and anchored commitments, plus an optional marked passage (`mark=start-end`) that the
 * explorer links to for quotes that are not commitment sentences, and a bar that cites the linked or selected
 * passage (a paragraph's or a section's anchor, `#<section id>-p<n>` or `#<section id>`, links one too). A key
 * at its head tells the issuer's own commitments from the norms it asks of others, named from the graph (who MAKES
 * each, who ISSUED the document), so another issuer's document reads with its own name. While the
 * store is down it shows the store notice (the layout around it, navigation included, renders as usual), which
 * loads the document once the store is back.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, unstable_rethrow } from 'next/navigation';
import { parseMark } from '@/lib/explorer/selection/provenance';
import { citationDate } from '@/lib/graph/citation';
import { normaliseId } from '@/lib/graph/ids';
import { readerCitationContext } from '@/lib/queries/citations';
import { segmentDocument } from '@/lib/explorer/document/segments';
import { sectionPlaces } from '@/lib/explorer/document/marks';
import { makersOf, shortName, tallyKinds } from '@/lib/graph/commitment-kinds';
import { documentNamesWhenSeveral } from '@/lib/graph/document-names';
import { getStore } from '@/lib/store';
import type { DocumentView } from '@/lib/store/types';
import { CitationBar } from '../_components/document/CitationBar';
import { ReadingPosition } from '../_components/document/ReadingPosition';
import { Reader, type ReaderNames } from '../_components/document/Reader';
import { ReaderKey } from '../_components/document/ReaderKey';
import { DocumentList } from '../_components/document/DocumentList';
import { TargetHighlight } from '../_components/document/TargetHighlight';
import { StoreUnavailable } from '../_components/StoreUnavailable';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Document' };

type Search = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

interface Loaded {
  /** The store holds no document at all. */
  empty: boolean;
  /** The document asked for (or the first one); undefined when it is unknown. */
  view: DocumentView | undefined;
  labels: Map<string, string>;
  /** Commitment id → who makes it. */
  makers: Map<string, string>;
  /** The actor that issued the document ("China"), when the graph says. */
  issuer: string | undefined;
  /** Every document by its short name ("China 2017"), when there are several: the reader's list of them. */
  others: Array<{ id: string; name: string; title: string }>;
}

/** Everything the page reads from the store. */
async function load(id: string | undefined): Promise<Loaded> {
  const store = await getStore();
  const documents = await store.documents();
  const wanted = id ?? documents[0]?.id;
  if (!wanted)
    return { empty: true, view: undefined, labels: new Map(), makers: new Map(), issuer: undefined, others: [] };
  const [view, graph] = await Promise.all([store.document(wanted), store.graph()]);
  const names = documentNamesWhenSeveral(graph);
  const others =
    names.size > 0 ? documents.map((d) => ({ id: d.id, title: d.title, name: names.get(d.id) ?? d.title })) : [];
  const labels = new Map<string, string>();
  // Parties by the name the text calls them ("China", not "People's Republic of China"), for the marks' names.
  const parties = new Map<string, string>();
  for (const node of graph.nodes) {
    const label = String(node.attributes?.label ?? node.key);
    labels.set(node.key, label);
    const aliases = Array.isArray(node.attributes?.aliases) ? node.attributes.aliases : [];
    parties.set(node.key, shortName(label, aliases, node.attributes?.shortName));
  }
  const makers = makersOf(graph.edges, (id) => parties.get(id));
  const issued = graph.edges.find((edge) => edge.attributes?.type === 'ISSUED' && edge.target === wanted);
  return { empty: false, view, labels, makers, issuer: issued ? parties.get(issued.source) : undefined, others };
}

export default async function DocumentPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  let loaded: Loaded;
  try {
    // As in the API (/api/documents/ISCC-2017) and the explorer (/?node=ARF), an id is case-insensitive; a blank one
    // is absent (the first document).
    const id = first(params.id)?.trim();
    loaded = await load(id ? normaliseId(id) : undefined);
  } catch (error) {
    // Next's own signals (not-found, dynamic rendering) pass through; anything else is the store not answering.
    unstable_rethrow(error);
    console.error('app/document: the store did not answer', error);
    return <StoreUnavailable title="The document is unavailable" />;
  }
  const { empty, view, labels, makers, issuer, others } = loaded;
  if (empty) {
    return (
      <article className="prose">
        <h1>No documents</h1>
        <p>The atlas holds no documents yet.</p>
      </article>
    );
  }
  if (!view) notFound();
  const markAsked = first(params.mark);
  const mark = parseMark(markAsked, view.text.length);
  const blocks = segmentDocument(view.text, {
    documentId: view.document.id,
    sections: view.sections,
    mentions: view.mentions,
    commitments: view.commitments,
    mark,
  });
  const { document } = view;
  const names: ReaderNames = { labels, places: sectionPlaces(view.sections), makers, issuer };
  const tally = tallyKinds(view.commitments.map((c) => ({ kind: c.kind, maker: makers.get(c.id) })));
  const sectionList = (
    <>
      {/* A caption, not a heading: the section list comes before the document's <h1>, which should open the
          heading outline; the "Sections" landmark carries the name. */}
      <p className="reader-toc-caption" aria-hidden="true">
        Sections
      </p>
      <ol>
        {view.sections.map((section) => (
          <li key={section.id} className={`toc-level-${section.level}`}>
            <a href={`#${section.id}`}>{section.heading}</a>
          </li>
        ))}
      </ol>
    </>
  );
  return (
    <div className="reader">
      <TargetHighlight />
      <ReadingPosition />
      {others.length > 0 ? (
        // Several documents: the list of them above the sections, each its own landmark.
        <div className="reader-toc">
          <DocumentList documents={others} current={view.document.id} />
          <nav aria-label="Sections">{sectionList}</nav>
        </div>
      ) : (
        <nav className="reader-toc" aria-label="Sections">
          {sectionList}
        </nav>
      )}
      <article className="reader-body" aria-labelledby="document-title">
        <header>
          <h1 id="document-title">{document.title}</h1>
          <p className="muted">
            {document.issuer} · {citationDate(document.date)} ·{' '}
            <Link href={`/?node=${encodeURIComponent(document.id)}`}>in the explorer</Link>
            {document.url ? (
              <>
                {' · '}
                {/* The published original: a reader checks the atlas's text against it. */}
                <a href={document.url} rel="external noreferrer">
                  published original
                </a>
              </>
            ) : null}
          </p>
          <ReaderKey issuer={issuer} tally={tally} />
          {markAsked && !mark ? (
            // A link that marks a passage this text does not have (cut short, hand-edited, or made for an older
            // version of the document) would otherwise open the reader as if it had marked nothing.
            <p role="status" className="reader-mark-missing">
              The passage this link marks is not in this text (the link may be cut short or from an older version of the
              document): nothing is marked.
            </p>
          ) : null}
        </header>
        <CitationBar context={readerCitationContext(view)} />
        <Reader blocks={blocks} names={names} language={document.language} />
      </article>
    </div>
  );
}

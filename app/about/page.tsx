/**
 * About the data
 * ==============
 * What the atlas holds and how to check it: the documents, the node counts by type (commitments split into the
 * issuers' own and the norms asked of others, which an analyst must keep apart), what the relationships mean,
 * how provenance ties every text-derived fact to its sentence, and the public API. With several documents, each
 * one's commitments are counted beside it. Only the documents and the counts
 * come from the store: while it is down they give way to the store notice (which loads them once it is back) and
 * the rest of the page stays.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { citationDate, languageName } from '@/lib/graph/citation';
import { TYPE_STYLE } from '@/lib/graph/style';
import { kindSplit, makersOf, shortName, tallyKinds } from '@/lib/graph/commitment-kinds';
import { NODE_TYPES } from '@/lib/graph/schema';
import { getStore } from '@/lib/store';
import type { DocumentSummary } from '@/lib/store/types';
import { StoreUnavailable } from '../_components/StoreUnavailable';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'About the data' };

const API_LINKS = [
  '/api/health',
  '/api/graph',
  '/api/search?q=ARF',
  '/api/nodes/arf',
  '/api/edges/INVOLVES%3Aiscc-2017-ch4-3-s3-%3Earf',
  '/api/documents',
  '/api/matrix',
  '/api/matrix?parts=true',
  '/api/commitments?forum=arf',
];

interface Holdings {
  documents: DocumentSummary[];
  /** Node counts by type. */
  counts: Map<string, number>;
  /** The commitments by kind in words: "83 by China, 38 asked of others". */
  commitmentSplit: string;
  /** Per document, with several loaded: its commitments and their split ("22 commitments: 16 by EU, …"). */
  perDocument: Map<string, string>;
  nodes: number;
  edges: number;
  curated: number;
  backend: string;
}

async function holdings(): Promise<Holdings> {
  const store = await getStore();
  const [documents, graph] = await Promise.all([store.documents(), store.graph()]);
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const node of graph.nodes) {
    const type = String(node.attributes?.type);
    counts.set(type, (counts.get(type) ?? 0) + 1);
    // A party by the name its text calls it ("China"), as the reader and the legend say it.
    const aliases = Array.isArray(node.attributes?.aliases) ? node.attributes.aliases : [];
    labels.set(node.key, shortName(String(node.attributes?.label ?? node.key), aliases, node.attributes?.shortName));
  }
  const makers = makersOf(graph.edges, (id) => labels.get(id));
  const commitments = graph.nodes.filter((node) => node.attributes?.type === 'commitment');
  const commitmentSplit = kindSplit(
    tallyKinds(commitments.map((node) => ({ kind: node.attributes?.kind, maker: makers.get(node.key) }))),
  );
  // With several documents, each one's own count, so an analyst comparing them sees how much each one commits.
  const perDocument = new Map<string, string>();
  if (documents.length > 1) {
    for (const doc of documents) {
      const own = commitments.filter((node) => node.attributes?.documentId === doc.id);
      const split = kindSplit(
        tallyKinds(own.map((node) => ({ kind: node.attributes?.kind, maker: makers.get(node.key) }))),
      );
      perDocument.set(doc.id, `${own.length} commitment${own.length === 1 ? '' : 's'}${split ? `: ${split}` : ''}`);
    }
  }
  const curated = graph.edges.filter((edge) => edge.attributes?.basis === 'curated').length;
  return {
    documents,
    counts,
    commitmentSplit,
    perDocument,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    curated,
    backend: store.backend,
  };
}

function HoldingsSections({
  documents,
  counts,
  commitmentSplit,
  perDocument,
  nodes,
  edges,
  curated,
  backend,
}: Holdings) {
  return (
    <>
      <h2>Documents</h2>
      <ul>
        {documents.map((doc) => (
          <li key={doc.id}>
            {/* Dated and in the language as a citation says them ("1 March 2017", "English"), not as stored. */}
            <Link href={`/document?id=${encodeURIComponent(doc.id)}`}>{doc.title}</Link> — {doc.issuer},{' '}
            {citationDate(doc.date)} ({languageName(doc.language)})
            {perDocument.has(doc.id) ? <span className="muted"> — {perDocument.get(doc.id)}</span> : null}
          </li>
        ))}
      </ul>

      <h2>What the graph holds</h2>
      <table>
        <caption className="muted">
          {nodes} nodes and {edges} relationships, {curated} of them curated ({backend} store)
        </caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Count</th>
            <th scope="col">In the explorer</th>
          </tr>
        </thead>
        <tbody>
          {NODE_TYPES.filter((type) => counts.has(type)).map((type) => (
            <tr key={type}>
              <th scope="row">
                <span className="swatch" aria-hidden="true" style={{ background: TYPE_STYLE[type].color }} />{' '}
                {TYPE_STYLE[type].plural}
              </th>
              <td className="num">
                {counts.get(type)}
                {type === 'commitment' && commitmentSplit ? (
                  <span className="muted count-split">
                    {/* Read aloud, the two lines must not run together into one number ("121 83 by China"). */}
                    <span className="visually-hidden">: </span>
                    {commitmentSplit}
                  </span>
                ) : null}
              </td>
              <td>
                <Link href={`/?types=${type}&view=table`}>Show only {TYPE_STYLE[type].plural.toLowerCase()}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export default async function AboutPage() {
  let held: Holdings | null;
  try {
    held = await holdings();
  } catch (error) {
    // Next's own signals pass through; anything else is the store not answering.
    unstable_rethrow(error);
    console.error('app/about: the store did not answer', error);
    held = null;
  }
  return (
    <article className="prose">
      <h1>About the data</h1>
      <p>
        Strategy Atlas is a knowledge graph of the actors and commitments in cyberspace strategy documents. Every node
        and every relationship taken from a document points back to the exact sentence it comes from.
      </p>

      {held ? (
        <HoldingsSections {...held} />
      ) : (
        <StoreUnavailable level={2} title="The documents and counts are unavailable" />
      )}

      <h2>How provenance works</h2>
      <p>
        The source text is cleaned once and kept as it is; every fact extracted from it records the document, the
        section and the character range of its sentence. The quote shown in the explorer is that range of the text,
        character for character, and the tests check it for every node and relationship. “Read in context” opens the{' '}
        <Link href="/document">document reader</Link> at the sentence, highlighted.
      </p>
      <p>
        <strong>Curated</strong> relationships are knowledge that the text does not state (for example that the ASEAN
        Regional Forum is part of ASEAN). They are drawn as curved orange lines, marked “curated” in every list, and
        carry a note saying why they are there.
      </p>
      <h3>Relationships</h3>
      {/* Named in words, as the explorer names them; the types follow for whoever writes Cypher in the console. */}
      <dl>
        <dt>Structure</dt>
        <dd>
          The document’s sections and subsections, and the principles, goals and plan-of-action items they define (types{' '}
          <code>HAS_SECTION</code>, <code>DEFINES</code>).
        </dd>
        <dt>Commitments</dt>
        <dd>
          An actor makes a commitment (one sentence), which falls under a principle, goal or plan-of-action item and
          involves the actors, instruments and initiatives it names (<code>MAKES</code>, <code>UNDER</code>,{' '}
          <code>INVOLVES</code>). A commitment is of one of two kinds: the issuer’s own commitment or position (for
          example “China will …”, kind <code>self</code>), or a norm it asks of others (“Countries should …”, kind{' '}
          <code>others</code>); the reader marks them apart and the table above counts both.
        </dd>
        <dt>Mentions</dt>
        <dd>
          A section names an entity, with the number of mentions (<code>MENTIONS</code>).
        </dd>
        <dt>Institutional facts</dt>
        <dd>
          Part of, member of, submitted, submitted to, issued, head of: stated in the text or curated (
          <code>PART_OF</code>, <code>MEMBER_OF</code>, <code>SUBMITTED</code>, <code>SUBMITTED_TO</code>,{' '}
          <code>ISSUED</code>, <code>HEAD_OF</code>).
        </dd>
      </dl>

      <h2>API</h2>
      <ul>
        {API_LINKS.map((href) => (
          <li key={href}>
            <a href={href}>{decodeURIComponent(href)}</a>
          </li>
        ))}
      </ul>
    </article>
  );
}

/**
 * Home
 * ====
 * The documents in the atlas, what the graph holds by type, and the ways into it (reader, API).
 */
import Link from 'next/link';
import { TYPE_STYLE } from '@/lib/graph/style';
import { NODE_TYPES } from '@/lib/graph/schema';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const store = await getStore();
  const [documents, graph] = await Promise.all([store.documents(), store.graph()]);
  const counts = new Map<string, number>();
  for (const node of graph.nodes) {
    const type = String(node.attributes?.type);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return (
    <>
      <h1>Strategy Atlas</h1>
      <p>The actors and commitments of cyberspace strategy documents, each traced to its sentence.</p>
      <h2>Documents</h2>
      <ul>
        {documents.map((doc) => (
          <li key={doc.id}>
            <Link href={`/document?id=${doc.id}`}>{doc.title}</Link> — {doc.issuer}, {doc.date}
          </li>
        ))}
      </ul>
      <h2>What the graph holds</h2>
      <table>
        <caption className="muted">
          {graph.nodes.length} nodes and {graph.edges.length} relationships ({store.backend} store)
        </caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {NODE_TYPES.filter((type) => counts.has(type)).map((type) => (
            <tr key={type}>
              <th scope="row">{TYPE_STYLE[type].plural}</th>
              <td>{counts.get(type)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>API</h2>
      <ul>
        <li><Link prefetch={false} href="/api/health">/api/health</Link></li>
        <li><Link prefetch={false} href="/api/graph">/api/graph</Link></li>
        <li><Link prefetch={false} href="/api/search?q=ARF">/api/search?q=ARF</Link></li>
        <li><Link prefetch={false} href="/api/nodes/arf">/api/nodes/arf</Link></li>
        <li><Link prefetch={false} href="/api/matrix">/api/matrix</Link></li>
        <li><Link prefetch={false} href="/api/commitments?forum=arf">/api/commitments?forum=arf</Link></li>
      </ul>
    </>
  );
}

/**
 * Short names of documents
 * ========================
 * With several documents loaded, every list that mixes their items (source sentences, matrix columns, the query
 * forms' choices, the table) must say which document each comes from, in a few words that fit beside an item:
 * "China 2017", "EU 2020" — the issuer by the name its text calls it (commitment-kinds.ts shortName) and the year.
 * Two documents of one issuer and year would read alike: those are named by title and year instead. With one
 * document nothing needs saying, so the callers show these only when `documents.length > 1`.
 */
import type { SerializedGraph } from 'graphology-types';
import { shortName } from './commitment-kinds';
import { compareDocuments } from './document-order';

export interface NamedDocument {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The issuing party's name in running text ("China"), when the graph says who ISSUED it. */
  issuerName?: string;
}

function year(date: string): string {
  return /^\d{4}/.exec(date)?.[0] ?? date;
}

/** Document id → its short name, unique among `documents`, in the atlas's document order (document-order.ts). */
export function documentShortNames(documents: readonly NamedDocument[]): Map<string, string> {
  const byIssuer = (doc: NamedDocument) => (doc.issuerName ? `${doc.issuerName} ${year(doc.date)}` : undefined);
  const uses = new Map<string, number>();
  for (const doc of documents) {
    const name = byIssuer(doc);
    if (name) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const doc of [...documents].sort(compareDocuments)) {
    const name = byIssuer(doc);
    names.set(doc.id, name && uses.get(name) === 1 ? name : `${doc.title} (${year(doc.date)})`);
  }
  return names;
}

/** The documents of a serialised graph (GET /api/graph's shape) with their issuers' names, in the graph's order. */
export function documentsOfGraph(graph: SerializedGraph): NamedDocument[] {
  const nodes = new Map<string, Record<string, unknown>>();
  for (const node of graph.nodes) nodes.set(node.key, (node.attributes ?? {}) as Record<string, unknown>);
  const issuers = new Map<string, string>();
  for (const edge of graph.edges) {
    if (edge.attributes?.type !== 'ISSUED') continue;
    const party = nodes.get(edge.source);
    if (!party) continue;
    const aliases = Array.isArray(party.aliases) ? party.aliases : [];
    issuers.set(edge.target, shortName(String(party.label ?? edge.source), aliases, party.shortName));
  }
  const documents: NamedDocument[] = [];
  for (const [id, attributes] of nodes) {
    if (attributes.type !== 'document') continue;
    const issuerName = issuers.get(id);
    documents.push({
      id,
      title: String(attributes.title ?? attributes.label ?? id),
      date: String(attributes.date ?? ''),
      ...(issuerName ? { issuerName } : {}),
    });
  }
  return documents;
}

/** The short names of a serialised graph's documents, or an empty map when it holds at most one (nothing to tell). */
export function documentNamesWhenSeveral(graph: SerializedGraph): Map<string, string> {
  const documents = documentsOfGraph(graph);
  return documents.length > 1 ? documentShortNames(documents) : new Map();
}

/**
 * Provenance sources
 * ==================
 * What a provenance quote in the details panel links to and how it is cited, worked out from the client graph
 * the explorer already holds: the commitment anchor its sentence has in the reader, and a citation with the
 * document's issuer, title, date and address and the quote's place from the chapter down (the section nodes and
 * their HAS_SECTION edges), so copying a citation costs no request; with several documents, each quote's document
 * by its short name, since section titles ("Preface", "1. Introduction") repeat from one document to the next; and a commitment's whole sentence, which lists of
 * neighbours show in place of its label (the label stops at ~70 characters, mid-clause).
 */
import { formatCitation } from '@/lib/graph/citation';
import { shortName } from '@/lib/graph/commitment-kinds';
import type { ProvenanceView } from '../api/client';
import { commitmentRangeIndex, type ClientGraph } from '../graph/client-graph';
import { clientDocumentNames } from '../graph/document-names';

export interface ProvenanceSources {
  /** Commitment ids by `rangeKey(documentId, start, end)` (see ./provenance readerHref). */
  commitmentsByRange: ReadonlyMap<string, string>;
  /** The quote as a one-line citation, or undefined when its document is not in the graph. */
  cite: (item: ProvenanceView) => string | undefined;
  /** A commitment's whole sentence, or undefined for any other node (or one not in the graph). */
  sentenceOf: (id: string) => string | undefined;
  /** A party by the name the text calls it ("China", not "People's Republic of China"), as the reader and legend do. */
  partyName: (id: string) => string | undefined;
  /** A document's short name ("EU 2020") when several are loaded, to say whose each source sentence is; else undefined. */
  documentName: (documentId: string) => string | undefined;
}

export const NO_SOURCES: ProvenanceSources = {
  commitmentsByRange: new Map(),
  cite: () => undefined,
  sentenceOf: () => undefined,
  partyName: () => undefined,
  documentName: () => undefined,
};

/** The section titles from the chapter down to `sectionId` (just `fallback` when the section is not in the graph). */
export function sectionPath(graph: ClientGraph, sectionId: string, fallback: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = sectionId;
  while (current && graph.hasNode(current) && !seen.has(current)) {
    seen.add(current);
    const attributes = graph.getNodeAttributes(current);
    if (attributes.nodeType !== 'section') break;
    path.unshift(attributes.label);
    const up: string | undefined = graph.findInEdge(current, (_edge, edge) => edge.meta.relation === 'HAS_SECTION');
    current = up === undefined ? undefined : graph.source(up);
  }
  return path.length > 0 ? path : [fallback];
}

export function provenanceSources(graph: ClientGraph): ProvenanceSources {
  const documentNames = clientDocumentNames(graph);
  return {
    commitmentsByRange: commitmentRangeIndex(graph),
    cite(item) {
      const document = graph.hasNode(item.documentId)
        ? graph.getNodeAttributes(item.documentId).meta.document
        : undefined;
      if (!document) return undefined;
      return formatCitation(document, {
        quote: item.quote,
        sectionPath: sectionPath(graph, item.sectionId, item.sectionTitle),
      });
    },
    sentenceOf: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id).meta.text : undefined),
    partyName(id) {
      if (!graph.hasNode(id)) return undefined;
      const { label, meta } = graph.getNodeAttributes(id);
      return shortName(label, meta.aliases, meta.shortName);
    },
    documentName: (documentId) => documentNames.get(documentId),
  };
}

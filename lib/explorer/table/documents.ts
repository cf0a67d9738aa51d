/**
 * Rows by document
 * ================
 * With several documents loaded, the table's "Document" choice keeps one document's rows. A commitment, a section or
 * an item it defines (principle, goal, action) lies in one document (its `documentId`), and a document node is its
 * own. An entity (a state, a forum …) is the gazetteer's, named by any number of documents: it belongs to each
 * document that mentions it, i.e. that has a MENTIONS edge to it from one of its sections or an INVOLVES edge from
 * one of its commitments. So "Lemuria 2022" keeps the UN, which both documents name, and drops Atlantis, which only
 * the other does; an entity known only from curated relationships (no sentence names it) is no document's. With one
 * document there is nothing to choose: no choices, and nothing to keep by.
 */
import type { ClientGraph } from '../graph/client-graph';
import { clientDocumentNames } from '../graph/document-names';

export interface TableDocument {
  id: string;
  /** Its short name ("Lemuria 2022", lib/graph/document-names.ts), as the rows name it. */
  name: string;
}

/** Relationships by which a document names an entity in its text. */
const NAMING = new Set(['MENTIONS', 'INVOLVES']);

/** The "Document" choices, in date order; none with one document (the table then shows no such control). */
export function tableDocuments(graph: ClientGraph): TableDocument[] {
  return [...clientDocumentNames(graph)].map(([id, name]) => ({ id, name }));
}

/** The ids of the documents a node belongs to (see above): one for a document's item, any number for an entity. */
export function nodeDocuments(graph: ClientGraph, id: string): string[] {
  const { nodeType, meta } = graph.getNodeAttributes(id);
  if (nodeType === 'document') return [id];
  if (meta.documentId) return [meta.documentId];
  const found = new Set<string>();
  graph.forEachInEdge(id, (_edge, attributes, _source, _target, source) => {
    if (NAMING.has(attributes.meta.relation) && source.meta.documentId) found.add(source.meta.documentId);
  });
  return [...found];
}

/**
 * The URL's `doc=` when it names one of the choices, else null (all documents): an unknown or stale id, or any id
 * with one document loaded, is ignored rather than emptying the table.
 */
export function chosenDocument(documents: readonly TableDocument[], doc: string | null): string | null {
  return doc !== null && documents.some((document) => document.id === doc) ? doc : null;
}

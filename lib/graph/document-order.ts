/**
 * Document order
 * ==============
 * The one order the atlas lists several documents in, everywhere: the reader's list, the document choices of the
 * table and the matrix, the matrix's columns and the query forms' items, commitments and query rows. By date, then
 * id for two of one day, so documents read in the order they were issued (ids sort "eu-2020" before "iscc-2017").
 * Code-point comparison, as Neo4j's ORDER BY compares strings, so both stores agree.
 */
import { compareCodePoints } from './attribute-order';
import type { AtlasGraph } from './knowledge-graph';

export interface DocumentOrderKey {
  id: string;
  date: string;
}

export function compareDocuments(a: DocumentOrderKey, b: DocumentOrderKey): number {
  return compareCodePoints(a.date, b.date) || compareCodePoints(a.id, b.id);
}

/** A document's order key from the graph; a document the graph lacks sorts first, with no date. */
export function documentOrderKey(graph: AtlasGraph, documentId: string): DocumentOrderKey {
  const node = graph.hasNode(documentId) ? graph.getNodeAttributes(documentId) : undefined;
  return { id: documentId, date: node?.type === 'document' ? node.date : '' };
}

/**
 * Document names in the explorer
 * ==============================
 * The short names of the client graph's documents ("China 2017", lib/graph/document-names.ts), read from the graph
 * the explorer already holds: the document nodes and who ISSUED each. Empty with one document, so a one-document
 * atlas shows nothing new; with several, the details' source sentences and the table's rows say whose they are.
 */
import { shortName } from '@/lib/graph/commitment-kinds';
import { documentShortNames, type NamedDocument } from '@/lib/graph/document-names';
import type { ClientGraph } from './client-graph';

export function clientDocumentNames(graph: ClientGraph): Map<string, string> {
  const documents: NamedDocument[] = [];
  graph.forEachNode((id, { nodeType, meta }) => {
    if (nodeType !== 'document' || !meta.document) return;
    const issued = graph.findInEdge(id, (_edge, attributes) => attributes.meta.relation === 'ISSUED');
    const party = issued === undefined ? undefined : graph.getNodeAttributes(graph.source(issued));
    const issuerName = party ? shortName(party.label, party.meta.aliases, party.meta.shortName) : undefined;
    documents.push({ id, title: meta.document.title, date: meta.document.date, ...(issuerName ? { issuerName } : {}) });
  });
  return documents.length > 1 ? documentShortNames(documents) : new Map();
}

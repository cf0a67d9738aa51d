/**
 * Document structure in the graph
 * ===============================
 * A document's node, its ISSUED edge, its sections (HAS_SECTION, each quoting its heading) and the principles, goals
 * and actions the numbered sections define (DEFINES), at the ids lib/ingest/document-checks claimed for them.
 */
import { mergeEdge, type AtlasGraph } from '../graph/knowledge-graph';
import type { Provenance } from '../graph/schema';
import type { SourceDocument } from './source';

/** The provenance of a document's text from `start` to `end`, in section `sectionId`. */
export function quoteOf(doc: SourceDocument, sectionId: string, start: number, end: number): Provenance {
  return { documentId: doc.meta.id, sectionId, quote: doc.text.slice(start, end), start, end };
}

export /** Adds the document, its sections and what they define (at the ids claimDocumentIds chose). */
function addStructure(graph: AtlasGraph, doc: SourceDocument, definedBySection: Map<string, string>): void {
  const { meta } = doc;
  graph.addNode(meta.id, {
    id: meta.id,
    label: meta.title,
    type: 'document',
    aliases: [],
    title: meta.title,
    issuer: meta.issuer,
    date: meta.date,
    language: meta.language,
    sourceFile: doc.sourceFile,
    textLength: doc.text.length,
    ...(meta.url ? { url: meta.url } : {}),
    basis: 'text',
    provenance: [],
  });
  mergeEdge(graph, 'ISSUED', meta.issuerId, meta.id, {
    basis: 'curated',
    note: `Issuer from the document's metadata: ${meta.issuer}.`,
    provenance: [],
  });
  // An item's number is its place among the document's items of its type: "2.1", "2.2", "3.1" (decimal numbering),
  // or actions numbered 1 … in two chapters, then sort in the order the document gives them.
  const placeOfType = new Map<string, number>();
  for (const section of doc.sections) {
    const heading = quoteOf(doc, section.id, section.headingStart, section.headingEnd);
    graph.addNode(section.id, {
      id: section.id,
      label: section.heading,
      type: 'section',
      aliases: [],
      documentId: meta.id,
      number: section.number,
      title: section.title,
      level: section.level,
      order: section.order,
      start: section.start,
      end: section.end,
      basis: 'text',
      provenance: [heading],
    });
    mergeEdge(graph, 'HAS_SECTION', section.parentId ?? meta.id, section.id, { basis: 'text', provenance: [heading] });
    const id = definedBySection.get(section.id);
    if (section.defines && id !== undefined) {
      const number = (placeOfType.get(section.defines) ?? 0) + 1;
      placeOfType.set(section.defines, number);
      graph.addNode(id, {
        id,
        label: section.title,
        type: section.defines,
        aliases: [],
        documentId: meta.id,
        sectionId: section.id,
        number,
        basis: 'text',
        provenance: [heading],
      });
      mergeEdge(graph, 'DEFINES', section.id, id, { basis: 'text', provenance: [heading] });
    }
  }
}

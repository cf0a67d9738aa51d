/**
 * Citations of commitments
 * ========================
 * The one-line citation of each commitment sentence (lib/graph/citation.ts), worked out from the store's own
 * document views: the document's issuer, title, date and address, and the sentence's section with its chapter
 * above it. One document read per document cited, so a page of quotes costs one or two reads, not one per quote.
 * The reader gets the same parts (the document's details, each section's path) to cite any passage it shows.
 */
import { formatCitation } from '../graph/citation';
import type { ReaderCitationContext } from '../explorer/document/citing';
import type { AtlasStore, DocumentView } from '../store/types';

interface CitedSentence {
  id: string;
  text: string;
  documentId: string;
  sectionId: string;
}

/** Section headings from the chapter down to `sectionId` (parents first). */
export function sectionHeadings(view: DocumentView, sectionId: string): string[] {
  const byId = new Map(view.sections.map((section) => [section.id, section]));
  const path: string[] = [];
  const seen = new Set<string>();
  for (let section = byId.get(sectionId); section && !seen.has(section.id);) {
    seen.add(section.id);
    path.unshift(section.heading);
    section = section.parentId ? byId.get(section.parentId) : undefined;
  }
  return path;
}

/** Citation text by commitment id; a sentence whose document the store does not have is left out. */
export async function citeCommitments(
  store: AtlasStore,
  sentences: readonly CitedSentence[],
): Promise<Map<string, string>> {
  const documentIds = [...new Set(sentences.map((s) => s.documentId))];
  const views = new Map(
    (await Promise.all(documentIds.map((id) => store.document(id)))).flatMap((view, i) =>
      view ? [[documentIds[i]!, view] as const] : [],
    ),
  );
  const citations = new Map<string, string>();
  for (const sentence of sentences) {
    const view = views.get(sentence.documentId);
    if (!view) continue;
    citations.set(
      sentence.id,
      formatCitation(view.document, { quote: sentence.text, sectionPath: sectionHeadings(view, sentence.sectionId) }),
    );
  }
  return citations;
}

/** What the reader's citation bar needs of its document (lib/explorer/document/citing.ts). */
export function readerCitationContext(view: DocumentView): ReaderCitationContext {
  const { title, issuer, date, url } = view.document;
  return {
    document: { title, issuer, date, ...(url ? { url } : {}) },
    sectionPaths: Object.fromEntries(view.sections.map((section) => [section.id, sectionHeadings(view, section.id)])),
  };
}

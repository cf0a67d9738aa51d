/**
 * Documents in Neo4j
 * ==================
 * The document list and one document's view (text, sections with their parents and what they define, entity
 * mention spans, commitment ranges) as the reader needs them, read through the store's checked read.
 */
import type { DocumentSummary, DocumentView } from '../types';
import { documentSummary } from '../document-summary';

type Read = (query: string, params?: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

export async function readDocuments(read: Read): Promise<DocumentSummary[]> {
  const rows = await read(
    'MATCH (d:Document) RETURN d {.id, .title, .issuer, .date, .language, .url} AS d ORDER BY d.date, d.id',
  );
  return rows.map((row) => {
    const d = row.d as DocumentSummary;
    return documentSummary(d.id, d);
  });
}

export async function readDocument(read: Read, id: string): Promise<DocumentView | undefined> {
  const [[doc], sections, mentions, commitments] = await Promise.all([
    read(
      'MATCH (d:Document {id: $id}) RETURN d {.id, .title, .issuer, .date, .language, .url, .sourceFile, .text} AS d',
      { id },
    ),
    read(
      `MATCH (s:Section {documentId: $id})
         OPTIONAL MATCH (p:Section)-[:HAS_SECTION]->(s)
         OPTIONAL MATCH (s)-[:DEFINES]->(x)
         RETURN s {.id, .title, .number, .level, .start, .end, heading: s.label} AS s, p.id AS parentId, x.id AS defines
         ORDER BY s.start, s.level`,
      { id },
    ),
    read('MATCH (s:Section {documentId: $id})-[m:MENTIONS]->(e) RETURN e.id AS entityId, m.spans AS spans', {
      id,
    }),
    read(
      'MATCH (c:Commitment {documentId: $id}) RETURN c {.id, .start, .end, .modality, .modalities, .kind} AS c ORDER BY c.start',
      { id },
    ),
  ]);
  if (!doc) return undefined;
  const { text, sourceFile, ...fields } = doc.d as DocumentView['document'] & { text: string };
  const document = { ...documentSummary(fields.id, fields), sourceFile };
  const spans = mentions.flatMap((row) => {
    const list = (row.spans as number[] | null) ?? [];
    const out: DocumentView['mentions'] = [];
    for (let i = 0; i + 1 < list.length; i += 2)
      out.push({ entityId: String(row.entityId), start: list[i]!, end: list[i + 1]! });
    return out;
  });
  return {
    document,
    text,
    sections: sections.map((row) => {
      const s = row.s as Omit<DocumentView['sections'][number], 'parentId' | 'defines'>;
      return {
        id: s.id,
        parentId: (row.parentId as string | null) ?? null,
        title: s.title,
        heading: s.heading,
        number: s.number,
        level: s.level,
        start: s.start,
        end: s.end,
        defines: (row.defines as string | null) ?? null,
      };
    }),
    mentions: spans.sort((a, b) => a.start - b.start),
    // Keys in the memory store's order, as for sections: a map projection does not keep its own order.
    commitments: commitments.map((row) => {
      const { id: commitmentId, start, end, modality, modalities, kind } = row.c as DocumentView['commitments'][number];
      return { id: commitmentId, start, end, modality, modalities, kind };
    }),
  };
}

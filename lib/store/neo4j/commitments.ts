/**
 * Commitments in Neo4j
 * ====================
 * The commitment rows GET /api/commitments lists, filtered in Cypher by forum, plan-of-action item, modality, kind,
 * document and the words of the sentence (as regular expressions passed as data), in document order.
 */
import { ATLAS_LABEL } from './records';
import { sentenceTerms, termPattern } from '../../queries/sentence-match';
import { commitmentRow } from '../commitment-row';
import type { CommitmentFilter, CommitmentRow } from '../types';

type Read = (query: string, params?: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

export async function readCommitments(read: Read, filter: CommitmentFilter): Promise<CommitmentRow[]> {
  const rows = await read(
    `MATCH (c:Commitment)
     WHERE ($modality IS NULL OR $modality IN c.modalities) AND ($kind IS NULL OR c.kind = $kind)
       AND ($document IS NULL OR c.documentId = $document)
       AND ($textPatterns IS NULL
            OR (size($textPatterns) > 0 AND all(pattern IN $textPatterns WHERE c.text =~ pattern)))
       AND ($forum IS NULL OR EXISTS { (c)-[:INVOLVES]->(:${ATLAS_LABEL} {id: $forum}) })
     OPTIONAL MATCH (c)-[:UNDER]->(a)
     WITH c, a WHERE $action IS NULL OR a.id = $action
     OPTIONAL MATCH (d:${ATLAS_LABEL} {id: c.documentId})
     RETURN c {.id, .text, .modality, .modalities, .kind, .subject, .documentId, .sectionId, .start, .end} AS c,
            a.id AS actionId,
            COLLECT { MATCH (c)-[:INVOLVES]->(e) RETURN e.id ORDER BY e.id } AS involves,
            COLLECT { MATCH (c)-[i:INVOLVES]->(e) WHERE i.basis = 'curated' RETURN e.id ORDER BY e.id } AS curatedInvolves
     ORDER BY d.date, c.documentId, c.start`,
    {
      forum: filter.forum ?? null,
      action: filter.action ?? null,
      modality: filter.modality ?? null,
      kind: filter.kind ?? null,
      document: filter.document ?? null,
      // The query's terms as regular expressions that are data, never Cypher text (sentence-match.ts).
      textPatterns: filter.q === undefined ? null : sentenceTerms(filter.q).map(termPattern),
    },
  );
  return rows.map((row) =>
    commitmentRow(row.c as CommitmentRow, {
      actionId: (row.actionId as string | null) ?? null,
      involves: row.involves as string[],
      curatedInvolves: row.curatedInvolves as string[],
    }),
  );
}

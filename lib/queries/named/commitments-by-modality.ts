/**
 * commitments-by-modality
 * =======================
 * "What does the issuer say it WILL do (or SHOULD, OPPOSES …)?" The commitments that state a modality (as their
 * first verb or a later one: "opposes … and believes" is found under both), verbatim, in reading order (documents
 * by date, then position), with what they are UNDER. A modality that no commitment has is a 404: an empty table would hide a
 * typo. Its relationships are UNDER, which only the text states: its `curated` list is always empty.
 */
import { z } from 'zod';
import { edgeKey } from '../../graph/ids';
import { compareDocuments, documentOrderKey } from '../../graph/document-order';
import type { CommitmentNode } from '../../graph/schema';
import { compareText, sortedUnique } from '../order';
import { modalityField, unknownModality } from '../params';
import { parseRecords } from '../records';
import type { NamedQuery, QueryParameter } from '../types';
import type { QueryResult } from '../../store/types';

const NAME = 'commitments-by-modality';

const parameters: readonly QueryParameter[] = [
  {
    name: 'modality',
    type: 'modality',
    description: 'how the sentence commits: "will", "should", "supports", "opposes" …',
    required: true,
  },
];

type Params = { modality: string };

/** `modality` is the first verb's; `modalities` (all of them) comes last, so the earlier columns keep their places. */
export const COLUMNS = [
  'commitment',
  'modality',
  'kind',
  'subject',
  'text',
  'under',
  'documentId',
  'start',
  'modalities',
];

const rowSchema = z.object({
  id: z.string(),
  modality: z.string(),
  modalities: z.array(z.string()),
  kind: z.string(),
  subject: z.string(),
  text: z.string(),
  documentId: z.string(),
  /** Only to order the rows as the atlas orders documents (not a column). */
  documentDate: z.string(),
  start: z.number(),
  under: z.array(z.string()),
});
type Row = z.infer<typeof rowSchema>;

function assemble(modality: string, found: Row[]): QueryResult {
  if (found.length === 0) throw unknownModality(NAME, modality);
  const rows = found
    .map((row) => ({ ...row, under: sortedUnique(row.under) }))
    .sort(
      (a, b) =>
        compareDocuments({ id: a.documentId, date: a.documentDate }, { id: b.documentId, date: b.documentDate }) ||
        a.start - b.start ||
        compareText(a.id, b.id),
    );
  return {
    columns: COLUMNS,
    rows: rows.map((r) => [r.id, r.modality, r.kind, r.subject, r.text, r.under, r.documentId, r.start, r.modalities]),
    nodes: sortedUnique(rows.flatMap((r) => [r.id, ...r.under])),
    edges: sortedUnique(rows.flatMap((r) => r.under.map((target) => edgeKey('UNDER', r.id, target)))),
    curated: [],
  };
}

export const commitmentsByModality: NamedQuery<Params> = {
  name: NAME,
  title: 'Commitments by modality',
  description:
    'The commitments that state a modality ("will", "should", "supports" …) as their first verb or a later one, verbatim and in reading order, with the item they are under.',
  parameters,
  schema: z.strictObject({ modality: modalityField() }),

  memory({ graph }, { modality }) {
    const found: Row[] = [];
    graph.forEachNode((id, attributes) => {
      if (attributes.type !== 'commitment') return;
      const c = attributes as CommitmentNode;
      if (!c.modalities.includes(modality)) return;
      const under: string[] = [];
      graph.forEachOutEdge(id, (_edge, e, _source, target) => {
        if (e.type === 'UNDER') under.push(target);
      });
      found.push({
        id,
        modality: c.modality,
        modalities: c.modalities,
        kind: c.kind,
        subject: c.subject,
        text: c.text,
        documentId: c.documentId,
        documentDate: documentOrderKey(graph, c.documentId).date,
        start: c.start,
        under,
      });
    });
    return assemble(modality, found);
  },

  cypher: {
    query: `
MATCH (c:Commitment) WHERE $modality IN c.modalities
OPTIONAL MATCH (d:Atlas {id: c.documentId})
RETURN c.id AS id, c.modality AS modality, c.modalities AS modalities, c.kind AS kind, c.subject AS subject, c.text AS text,
  c.documentId AS documentId, coalesce(d.date, '') AS documentDate, c.start AS start,
  [(c)-[:UNDER]->(u) | u.id] AS under`,
    toResult(records, { modality }) {
      return assemble(modality, parseRecords(rowSchema, records, NAME));
    },
  },
};

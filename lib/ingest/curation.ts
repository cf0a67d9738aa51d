/**
 * Curation
 * ========
 * What a curator adds to or removes from what the text yields: relationships between entities (curated knowledge
 * with a note, or an explicit fact of the text located by its quote), INVOLVES edges the matcher cannot see
 * ("this initiative"), and suppressed false mentions. Every entry says why.
 */
import { z } from 'zod';
import { basisSchema, ENTITY_RELATION_TYPES, slugSchema } from '../graph/schema';
import { parseYaml, validateYaml, type InputFile } from './input-file';

/** Relationships between entities a curator may state; structural ones (MAKES, UNDER …) come from the text only. */
export const CURATED_RELATION_TYPES = ENTITY_RELATION_TYPES;

const relationSchema = z
  .strictObject({
    source: slugSchema,
    type: z.enum(CURATED_RELATION_TYPES),
    target: slugSchema,
    basis: basisSchema,
    note: z.string().trim().min(1).optional(),
    /** For basis text: the document and the exact words that state the fact (must occur once). */
    document: slugSchema.optional(),
    quote: z.string().min(1).optional(),
    date: z.string().optional(),
  })
  .superRefine((relation, ctx) => {
    if (relation.basis === 'curated' && !relation.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a curated relationship needs a note saying why' });
    }
    if (relation.basis === 'text' && (!relation.document || !relation.quote)) {
      ctx.addIssue({
        code: 'custom',
        path: [relation.document ? 'quote' : 'document'],
        message: 'a relationship stated by the text needs the document and the quote that states it',
      });
    }
    if (relation.source === relation.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'a relationship cannot point to its own source' });
    }
  });

const suppressionSchema = z.strictObject({
  entity: slugSchema,
  document: slugSchema,
  /** A snippet that occurs once in the document and contains the false mention. */
  context: z.string().min(1),
  reason: z.string().trim().min(1),
});

const involvesSchema = z.strictObject({
  commitment: slugSchema,
  entity: slugSchema,
  reason: z.string().trim().min(1),
});

const curationSchema = z.strictObject({
  relations: z.array(relationSchema).default([]),
  suppressMentions: z.array(suppressionSchema).default([]),
  involves: z.array(involvesSchema).default([]),
});

export type CuratedRelation = z.infer<typeof relationSchema>;
export type MentionSuppression = z.infer<typeof suppressionSchema>;
export type CuratedInvolves = z.infer<typeof involvesSchema>;

export interface Curation {
  file: string;
  relations: CuratedRelation[];
  suppressMentions: MentionSuppression[];
  involves: CuratedInvolves[];
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseCuration(input: InputFile): Curation {
  const parsed = parseYaml(input);
  // An empty file is an empty curation.
  const data = validateYaml(
    input,
    parsed,
    z.preprocess((value) => value ?? {}, curationSchema),
  );
  return { file: input.file, ...data, lineOf: parsed.lineOf };
}

export function emptyCuration(): Curation {
  return { file: '(none)', relations: [], suppressMentions: [], involves: [], lineOf: () => undefined };
}

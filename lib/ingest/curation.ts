/**
 * Curation
 * ========
 * What a curator adds to or removes from what the text yields: relationships between entities (curated knowledge
 * with a note, or an explicit fact of the text located by its quote), INVOLVES edges the matcher cannot see
 * ("this initiative"), and suppressed false mentions. Every entry says why.
 */
import { z } from 'zod';
import { partialDateSchema } from '../graph/dates';
import { AtlasDataError, type DataIssue } from '../graph/errors';
import { basisSchema, ENTITY_RELATION_TYPES, slugSchema } from '../graph/schema';
import { choiceSchema } from '../graph/choices';
import { checkYaml, readYaml, type InputFile } from './input-file';
import { NOTE_MAX_LENGTH, proseSchema } from './prose';

/** Relationships between entities a curator may state; structural ones (MAKES, UNDER …) come from the text only. */
export const CURATED_RELATION_TYPES = ENTITY_RELATION_TYPES;

const relationSchema = z
  .strictObject({
    source: slugSchema,
    type: choiceSchema(CURATED_RELATION_TYPES),
    target: slugSchema,
    basis: basisSchema,
    note: proseSchema('a note', NOTE_MAX_LENGTH).optional(),
    /** For basis text: the document and the exact words that state the fact (must occur once). */
    document: slugSchema.optional(),
    quote: z.string().min(1).optional(),
    date: partialDateSchema.optional(),
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
    if (relation.basis === 'curated') {
      // A quote on curated knowledge is checked by nothing and kept nowhere: the curator meant basis: text, or not it.
      for (const field of ['document', 'quote'] as const) {
        if (relation[field] === undefined) continue;
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `a curated relationship has no ${field} (it would be ignored): for a fact the text states, write basis: text`,
        });
      }
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
  reason: proseSchema('a reason', NOTE_MAX_LENGTH),
});

const involvesSchema = z.strictObject({
  commitment: slugSchema,
  entity: slugSchema,
  reason: proseSchema('a reason', NOTE_MAX_LENGTH),
});

/** The file's shape; each entry is then checked on its own, so one bad entry does not hide the others' problems. */
const curationSchema = z.strictObject({
  relations: z.array(z.unknown()).default([]),
  suppressMentions: z.array(z.unknown()).default([]),
  involves: z.array(z.unknown()).default([]),
});

export type CuratedRelation = z.infer<typeof relationSchema>;
export type MentionSuppression = z.infer<typeof suppressionSchema>;
export type CuratedInvolves = z.infer<typeof involvesSchema>;

/**
 * The lists keep each entry at its index in the file, so messages name `relations[7]`; an entry that did not pass
 * its checks is a hole (reported already), which forEach, some and filter skip.
 */
export interface Curation {
  file: string;
  relations: CuratedRelation[];
  suppressMentions: MentionSuppression[];
  involves: CuratedInvolves[];
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Reads the curation, collecting every problem; undefined only when the file as a whole is unusable. */
export function readCuration(input: InputFile): { curation?: Curation; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const { yaml: parsed, issues: unusable } = readYaml(input);
  if (!parsed) return { issues: unusable };
  // An empty file is refused like every other data file (a save that lost the content must not pass as "nothing
  // curated"); no curation is no curation.yaml.
  const shape = checkYaml(input, parsed, curationSchema, issues);
  if (!shape) return { issues };
  const entries = <T>(list: keyof typeof shape, schema: z.ZodType<T>): T[] => {
    const kept: T[] = [];
    shape[list].forEach((value, index) => {
      const entry = checkYaml(input, parsed, schema, issues, { at: [list, index], value });
      if (entry) kept[index] = entry;
    });
    return kept;
  };
  const curation: Curation = {
    file: input.file,
    relations: entries('relations', relationSchema),
    suppressMentions: entries('suppressMentions', suppressionSchema),
    involves: entries('involves', involvesSchema),
    lineOf: parsed.lineOf,
  };
  return { curation, issues };
}

/** Parses the curation; throws AtlasDataError with every problem of the file. */
export function parseCuration(input: InputFile): Curation {
  const { curation, issues } = readCuration(input);
  if (!curation || issues.length > 0) throw new AtlasDataError('lib/ingest/curation', issues);
  return curation;
}

export function emptyCuration(): Curation {
  return { file: '(none)', relations: [], suppressMentions: [], involves: [], lineOf: () => undefined };
}

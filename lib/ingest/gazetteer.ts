/**
 * Gazetteer
 * =========
 * The curated list of actors, forums, processes, stakeholder groups, instruments and initiatives that documents
 * name: a type, a display label (the expanded name) and every alias as written. Mention finding reads only this.
 */
import { z } from 'zod';
import { AtlasDataError, type DataIssue } from '../graph/errors';
import { basisSchema, ENTITY_TYPES, slugSchema } from '../graph/schema';
import { parseYaml, validateYaml, type InputFile } from './input-file';

const entitySchema = z
  .strictObject({
    id: slugSchema,
    type: z.enum(ENTITY_TYPES),
    label: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1, 'an alias cannot be empty')).default([]),
    description: z.string().trim().min(1).optional(),
    /** `curated` when the text never names the entity (e.g. ASEAN, added as ARF's parent). */
    basis: basisSchema.default('text'),
    note: z.string().trim().min(1).optional(),
    /**
     * Adjectives of a state ("Chinese"): when it issues a document, "the Chinese government will …" is the issuer
     * committing. Not names: they are never matched as mentions ("Chinese companies" are not China).
     */
    demonyms: z.array(z.string().trim().min(1, 'a demonym cannot be empty')).optional(),
    /** Aliases matched case-sensitively even if they are not all capitals. */
    caseSensitive: z.array(z.string().min(1)).optional(),
  })
  .refine((entity) => entity.basis !== 'curated' || entity.note, {
    message: 'an entity the text does not name (basis: curated) needs a note saying why it is here',
    path: ['note'],
  });

const gazetteerSchema = z.strictObject({ entities: z.array(entitySchema).min(1) });

export type GazetteerEntity = z.infer<typeof entitySchema>;

export interface Gazetteer {
  file: string;
  entities: GazetteerEntity[];
  byId: Map<string, GazetteerEntity>;
  /** 1-based line of entity i, for messages that concern it later (e.g. curation naming an unknown entity). */
  lineOfEntity(index: number): number | undefined;
}

/** Acronyms (letters in capitals, digits, spaces) are matched case-sensitively: "UN" is never "un". */
export function isAcronym(alias: string): boolean {
  return /^[A-Z0-9][A-Z0-9&.\- ]*$/.test(alias) && /[A-Z]/.test(alias);
}

export function parseGazetteer(input: InputFile): Gazetteer {
  const parsed = parseYaml(input);
  const { entities } = validateYaml(input, parsed, gazetteerSchema);
  const issues: DataIssue[] = [];
  const byId = new Map<string, GazetteerEntity>();
  const aliasOwner = new Map<string, string>();
  entities.forEach((entity, index) => {
    if (byId.has(entity.id)) {
      issues.push({
        file: input.file,
        line: parsed.lineOf(['entities', index, 'id']),
        field: `entities[${index}].id`,
        message: `duplicate id "${entity.id}"`,
      });
    }
    byId.set(entity.id, entity);
    const names = new Set([entity.label, ...entity.aliases]);
    const named: Array<[string, PropertyKey[]]> = [
      [entity.label, ['label']],
      ...entity.aliases.map((alias, aliasIndex): [string, PropertyKey[]] => [alias, ['aliases', aliasIndex]]),
    ];
    for (const [alias, path] of named) {
      const key = isAcronym(alias) ? alias : alias.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== entity.id) {
        issues.push({
          file: input.file,
          line: parsed.lineOf(['entities', index, ...path]),
          field: `entities[${index}]${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}`,
          message: `name "${alias}" of "${entity.id}" is already a name of "${owner}"`,
        });
      }
      aliasOwner.set(key, entity.id);
    }
    for (const alias of entity.caseSensitive ?? []) {
      if (!names.has(alias)) {
        issues.push({
          file: input.file,
          line: parsed.lineOf(['entities', index, 'caseSensitive']),
          field: `entities[${index}].caseSensitive`,
          message: `"${alias}" is not the label or an alias of "${entity.id}"`,
        });
      }
    }
  });
  if (issues.length > 0) throw new AtlasDataError('lib/ingest/gazetteer', issues);
  return { file: input.file, entities, byId, lineOfEntity: (index) => parsed.lineOf(['entities', index]) };
}

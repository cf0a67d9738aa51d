/**
 * Gazetteer
 * =========
 * The curated list of actors, forums, processes, stakeholder groups, instruments and initiatives that documents
 * name: a type, a display label (the expanded name) and every alias as written. Mention finding reads only this.
 * A name that stands for the entity only in one document's text (`localAliases`: "big data" is China's big data
 * strategy where its 2017 strategy lists its national strategies, not in another document) is matched only there.
 */
import { z } from 'zod';
import { AtlasDataError, type DataIssue } from '../graph/errors';
import { slugify } from '../graph/ids';
import { nameKey, normaliseName } from '../graph/names';
import { basisSchema, ENTITY_TYPES, givenIdSchema } from '../graph/schema';
import { choiceSchema } from '../graph/choices';
import { checkYaml, formatPath, readYaml, type InputFile } from './input-file';
import { allLocalAliases, checkLocalAliases } from './local-aliases';
import { DESCRIPTION_MAX_LENGTH, NOTE_MAX_LENGTH, proseSchema } from './prose';

/**
 * The longest name: the longest real one is under 80 characters. A passage pasted as an alias is a mistake, not a
 * name; and the issuer's names and demonyms are compiled into the commitment patterns (issuer-subject.ts), where one
 * of thousands of words would be past what the regular expression engine can compile.
 */
export const NAME_MAX_LENGTH = 200;

/**
 * Characters nobody sees in a name and no document prints: a zero-width space, word joiner or byte-order mark, a
 * soft hyphen, a control character. Pasted into a name they make it differ from the same name without them (a second
 * entity that is not a clash) and match only text that holds the same hidden character; a direction override
 * (U+202E) shows the name other than it is (every format character, \p{Cf}, is refused). Joiners (U+200C, U+200D)
 * are real parts of words in some scripts and stay allowed.
 */
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}|(?![\t\n\r])\p{Cc}/u;

/** A name is matched in the text: one with no letter or digit ("", ".", a zero-width space) would match noise. */
const nameSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(
      NAME_MAX_LENGTH,
      `${what} is at most ${NAME_MAX_LENGTH} characters: a name, not a passage (it is matched in the text)`,
    )
    // An empty name is reported as empty only, not also as lacking letters.
    .refine((name) => name === '' || /[\p{L}\p{N}]/u.test(name), {
      error: `${what} needs a letter or a digit (it is matched in the text)`,
    })
    .superRefine((name, context) => {
      const hidden = INVISIBLE.exec(name);
      if (!hidden || !/[\p{L}\p{N}]/u.test(name)) return;
      const code = (hidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      context.addIssue({
        code: 'custom',
        message: `${what} holds an invisible character (U+${code}) after "${name.slice(0, hidden.index)}": delete it (the name would not match the text as printed)`,
      });
    })
    // A name matches its words however the text spaces them; written with a double space or a line break it was
    // looked up as written and never found.
    .transform(normaliseName);

const entitySchema = z
  .strictObject({
    id: givenIdSchema,
    type: choiceSchema(ENTITY_TYPES),
    label: nameSchema('a label'),
    aliases: z.array(nameSchema('an alias')).default([]),
    /**
     * What the app calls it in running text ("the EU's commitment", "16 by EU"), when its shortest name that is not
     * an acronym ("Union" of the European Union) would not do.
     */
    shortName: nameSchema('a short name').optional(),
    description: proseSchema('a description', DESCRIPTION_MAX_LENGTH).optional(),
    /** `curated` when the text never names the entity (e.g. ASEAN, added as ARF's parent). */
    basis: basisSchema.default('text'),
    note: proseSchema('a note', NOTE_MAX_LENGTH).optional(),
    /**
     * Adjectives of a state ("Chinese"): when it issues a document, "the Chinese government will …" is the issuer
     * committing. Not names: they are never matched as mentions ("Chinese companies" are not China).
     */
    demonyms: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'a demonym cannot be empty')
          .max(NAME_MAX_LENGTH, `a demonym is at most ${NAME_MAX_LENGTH} characters`),
      )
      .optional(),
    /**
     * Names that stand for the entity only in one document's text, by document id: matched in that document alone,
     * so a phrase that is this entity in one text ("big data") is not found as it in every other. Shown and searched
     * like aliases, so, like them, each names one entity only.
     */
    localAliases: z.record(givenIdSchema, z.array(nameSchema('a local alias')).min(1)).optional(),
    /** Aliases matched case-sensitively even if they are not all capitals. */
    caseSensitive: z.array(z.string().min(1).transform(normaliseName)).optional(),
  })
  .refine((entity) => entity.basis !== 'curated' || entity.note, {
    message: 'an entity the text does not name (basis: curated) needs a note saying why it is here',
    path: ['note'],
  });

/** The file's shape; each entity is then checked on its own, so one bad entity does not hide the others' problems. */
const gazetteerSchema = z.strictObject({
  entities: z.array(z.unknown()).min(1, 'lists no entities: a document needs at least its issuer'),
});

export type GazetteerEntity = z.infer<typeof entitySchema>;

export interface Gazetteer {
  file: string;
  entities: GazetteerEntity[];
  byId: Map<string, GazetteerEntity>;
  /**
   * Ids of entries that did not pass their own checks: they are reported already, so what refers to them (an
   * issuer, a curation entry) is not reported again as unknown.
   */
  unchecked: ReadonlySet<string>;
  /**
   * Ids of entities built without a name another entity holds (reported already): the text's mentions of that name
   * went to the other one, so "never named" would be a consequence of the clash, not a problem of its own.
   */
  namesCut: ReadonlySet<string>;
  /** Position of an entity in the file's list (its field is `entities[i]`). */
  indexOf(entity: GazetteerEntity): number;
  /** 1-based line of entity i, for messages that concern it later (e.g. curation naming an unknown entity). */
  lineOfEntity(index: number): number | undefined;
}

/** Acronyms (letters in capitals, digits, spaces) are matched case-sensitively: "UN" is never "un". */
export function isAcronym(alias: string): boolean {
  return /^[A-Z0-9][A-Z0-9&.\- ]*$/.test(alias) && /[A-Z]/.test(alias);
}

/**
 * Reads the gazetteer, collecting every problem. The gazetteer is undefined only when the file as a whole is
 * unusable (a syntax error, no `entities` list); otherwise it holds the entities that passed.
 */
export function readGazetteer(input: InputFile): { gazetteer?: Gazetteer; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const { yaml: parsed, issues: unusable } = readYaml(input);
  if (!parsed) return { issues: unusable };
  const shape = checkYaml(input, parsed, gazetteerSchema, issues);
  if (!shape) return { issues };
  const entities: GazetteerEntity[] = [];
  const indexes = new Map<GazetteerEntity, number>();
  const unchecked = new Set<string>();
  const namesCut = new Set<string>();
  const byId = new Map<string, GazetteerEntity>();
  /** Who holds each name (by nameKey), and where: a clash names both entities and both lines. */
  const nameOwner = new Map<string, { id: string; name: string; at: PropertyKey[] }>();
  shape.entities.forEach((raw, index) => {
    const entity = checkYaml(input, parsed, entitySchema, issues, { at: ['entities', index], value: raw });
    if (!entity) {
      // As written and as the slug it was probably meant to be ("UN" for "un"): references to either are not
      // reported again as unknown.
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') for (const variant of [id, slugify(id)]) unchecked.add(variant);
      return;
    }
    if (byId.has(entity.id)) {
      issues.push({
        file: input.file,
        line: parsed.lineOf(['entities', index, 'id']),
        field: `entities[${index}].id`,
        message: `duplicate id "${entity.id}" (first used at line ${parsed.lineOf(['entities', indexes.get(byId.get(entity.id) as GazetteerEntity) ?? 0, 'id'])})`,
      });
      return;
    }
    const names = new Set([entity.label, ...entity.aliases, ...allLocalAliases(entity)]);
    const taken = (name: string) => {
      const owner = nameOwner.get(nameKey(name));
      return owner !== undefined && owner.id !== entity.id ? owner : undefined;
    };
    const named: Array<[string, PropertyKey[]]> = [
      [entity.label, ['label']],
      ...entity.aliases.map((alias, aliasIndex): [string, PropertyKey[]] => [alias, ['aliases', aliasIndex]]),
    ];
    // The label may stand among the aliases (the expansion as written); an alias twice is a slip of the curator.
    entity.aliases.forEach((alias, aliasIndex) => {
      const first = entity.aliases.indexOf(alias);
      if (first < aliasIndex)
        issues.push({
          file: input.file,
          line: parsed.lineOf(['entities', index, 'aliases', aliasIndex]),
          field: `entities[${index}].aliases[${aliasIndex}]`,
          message: `alias "${alias}" is given twice (first as aliases[${first}]): give each name once`,
        });
    });
    const reported = new Set<string>();
    for (const [name, path] of named) {
      const owner = taken(name);
      // A label repeated as an alias is one name: one problem.
      if (owner === undefined || reported.has(nameKey(name))) continue;
      reported.add(nameKey(name));
      const written = owner.name === name ? '' : ` as "${owner.name}"`;
      const why = written ? ': names are told apart ignoring case and spacing, as search finds them' : '';
      issues.push({
        file: input.file,
        line: parsed.lineOf(['entities', index, ...path]),
        field: formatPath(['entities', index, ...path]),
        message: `name "${name}" of "${entity.id}" is already a name of "${owner.id}"${written} (line ${parsed.lineOf(owner.at)})${why}`,
      });
    }
    // Reported once, here: the build goes on without the name taken twice (without the entity if its label is),
    // so the graph's own checks do not report the same clash again.
    if (taken(entity.label) !== undefined) {
      unchecked.add(entity.id);
      return;
    }
    if (reported.size > 0) namesCut.add(entity.id);
    entity.aliases = entity.aliases.filter((alias) => taken(alias) === undefined);
    for (const [name, path] of named) {
      if (!nameOwner.has(nameKey(name))) {
        nameOwner.set(nameKey(name), { id: entity.id, name, at: ['entities', index, ...path] });
      }
    }
    byId.set(entity.id, entity);
    entities.push(entity);
    indexes.set(entity, index);
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
  checkLocalAliases(input, parsed, entities, (entity) => indexes.get(entity) ?? -1, nameOwner, issues);
  // With no entity left there is nothing to match or resolve: later stages would only echo "unknown" for all.
  if (entities.length === 0) return { issues };
  // An id that is also a valid entity's is the duplicate reported above, not an unchecked one.
  for (const id of byId.keys()) unchecked.delete(id);
  const gazetteer: Gazetteer = {
    file: input.file,
    entities,
    byId,
    unchecked,
    namesCut,
    indexOf: (entity) => indexes.get(entity) ?? -1,
    lineOfEntity: (index) => parsed.lineOf(['entities', index]),
  };
  return { gazetteer, issues };
}

/** Parses the gazetteer; throws AtlasDataError with every problem of the file. */
export function parseGazetteer(input: InputFile): Gazetteer {
  const { gazetteer, issues } = readGazetteer(input);
  if (!gazetteer || issues.length > 0) throw new AtlasDataError('lib/ingest/gazetteer', issues);
  return gazetteer;
}

/**
 * Local aliases
 * =============
 * Names that stand for a gazetteer entity only in one document's text (`localAliases: {<document id>: [names]}`):
 * "big data" is China's big data strategy where its 2017 strategy lists its national strategies, not in another
 * document's text. Matched in that document alone, shown and searched like aliases; checked here for clashes
 * (when the gazetteer is read) and for documents that are no source's (when the documents are known).
 */
import type { DataIssue } from '../graph/errors';
import { nameKey } from '../graph/names';
import type { Gazetteer, GazetteerEntity } from './gazetteer';
import { formatPath, type InputFile, type ParsedYaml } from './input-file';

/** The names of an entity matched in a document's text: its label, its aliases and its local aliases there. */
export function namesIn(entity: GazetteerEntity, documentId?: string): string[] {
  const local = documentId === undefined ? [] : (entity.localAliases?.[documentId] ?? []);
  return [entity.label, ...entity.aliases, ...local];
}

/** Every local alias of an entity, whatever the document: shown and searched like its aliases. */
export function allLocalAliases(entity: GazetteerEntity): string[] {
  return Object.values(entity.localAliases ?? {}).flat();
}

/**
 * Local aliases: none may be a name an entity has in every document (its own included: one place for a name), and
 * no two entities may share one, even for different documents (an alias names one node, which search and the
 * graph's checks rely on). A clashing local alias is reported and left out of the build.
 */
export function checkLocalAliases(
  input: InputFile,
  parsed: ParsedYaml,
  entities: readonly GazetteerEntity[],
  indexOf: (entity: GazetteerEntity) => number,
  nameOwner: ReadonlyMap<string, { id: string; at: PropertyKey[] }>,
  issues: DataIssue[],
): void {
  const localOwner = new Map<string, { id: string; documentId: string; at: PropertyKey[] }>();
  for (const entity of entities) {
    if (!entity.localAliases) continue;
    for (const [documentId, names] of Object.entries(entity.localAliases)) {
      entity.localAliases[documentId] = names.filter((name, i) => {
        const at = ['entities', indexOf(entity), 'localAliases', documentId, i];
        const key = nameKey(name);
        const everywhere = nameOwner.get(nameKey(name));
        const local = localOwner.get(key);
        const clash = everywhere
          ? everywhere.id === entity.id
            ? `already one of its names in every document (line ${parsed.lineOf(everywhere.at)}): give it in one place`
            : `already a name of "${everywhere.id}" in every document (line ${parsed.lineOf(everywhere.at)})`
          : local
            ? `already a local alias of "${local.id}" in "${local.documentId}" (line ${parsed.lineOf(local.at)})`
            : undefined;
        if (clash) {
          issues.push({
            file: input.file,
            line: parsed.lineOf(at),
            field: formatPath(at),
            message: `local alias "${name}" of "${entity.id}" is ${clash}`,
          });
          return false;
        }
        localOwner.set(key, { id: entity.id, documentId, at });
        return true;
      });
    }
  }
}

/**
 * Each document a local alias is given for must be one of the sources: a misspelt id would leave the name matched
 * nowhere, silently.
 */
export function checkLocalAliasDocuments(
  gazetteer: Gazetteer,
  documentIds: ReadonlySet<string>,
  issues: DataIssue[],
): void {
  gazetteer.entities.forEach((entity) => {
    const index = gazetteer.indexOf(entity);
    for (const documentId of Object.keys(entity.localAliases ?? {})) {
      if (documentIds.has(documentId)) continue;
      issues.push({
        file: gazetteer.file,
        line: gazetteer.lineOfEntity(index),
        field: `entities[${index}].localAliases.${documentId}`,
        message: `local aliases of "${entity.id}" are given for "${documentId}", which is no document's id (${[...documentIds].join(', ') || 'no documents'})`,
      });
    }
  });
}

/**
 * Gazetteer entities in the graph
 * ===============================
 * Adds the gazetteer's entities as nodes, and after every document is read, checks that each entity the text is
 * said to name (basis: text) is named somewhere: an alias that matches nothing is a curation mistake.
 */
import type { DataIssue } from '../graph/errors';
import type { AtlasGraph } from '../graph/knowledge-graph';
import type { Gazetteer } from './gazetteer';
import { allLocalAliases } from './local-aliases';

export function addEntities(graph: AtlasGraph, gazetteer: Gazetteer, issues: DataIssue[]): void {
  gazetteer.entities.forEach((entity) => {
    if (graph.hasNode(entity.id)) {
      issues.push({
        file: gazetteer.file,
        line: gazetteer.lineOfEntity(gazetteer.indexOf(entity)),
        message: `duplicate id "${entity.id}"`,
      });
      return;
    }
    graph.addNode(entity.id, {
      id: entity.id,
      label: entity.label,
      type: entity.type,
      // Local aliases too: a name the text uses for it, in one document, is still one to search it by.
      aliases: [
        ...new Set([
          ...entity.aliases,
          ...allLocalAliases(entity),
          ...(entity.aliases.includes(entity.label) ? [] : [entity.label]),
        ]),
      ],
      ...(entity.shortName ? { shortName: entity.shortName } : {}),
      description: entity.description,
      basis: entity.basis,
      note: entity.note,
      provenance: [],
    });
  });
}

/** Only meaningful when every document was read: a document left out has mentions nobody counted. */
export function checkEveryEntityNamed(gazetteer: Gazetteer, mentioned: ReadonlySet<string>, issues: DataIssue[]): void {
  gazetteer.entities.forEach((entity) => {
    const index = gazetteer.indexOf(entity);
    if (entity.basis === 'text' && !mentioned.has(entity.id) && !gazetteer.namesCut.has(entity.id)) {
      issues.push({
        file: gazetteer.file,
        line: gazetteer.lineOfEntity(index),
        field: `entities[${index}]`,
        message: `"${entity.id}" is never named in any document: fix its aliases, or mark it basis: curated with a note`,
      });
    }
  });
}

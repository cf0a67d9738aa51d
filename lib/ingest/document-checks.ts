/**
 * Document checks before the build
 * ================================
 * What a document needs from the rest of the data before it can be built: an issuer that is an actor of the
 * gazetteer, and the ids it derives from its own (`iscc-2017-ch4-3`, `…-s3`, `principle-peace`) still free. A
 * gazetteer entity or another document holding one would otherwise crash the build or silently merge two things.
 */
import { withArticle, type DataIssue } from '../graph/errors';
import { slugify } from '../graph/ids';
import type { AtlasGraph } from '../graph/knowledge-graph';
import { ACTOR_TYPES, DEFINED_TYPES } from '../graph/schema';
import type { Gazetteer, GazetteerEntity } from './gazetteer';
import type { SourceDocument, SourceSection } from './source';

/** "The Principle of Peace" defined by a principle section → "principle-peace". */
export function definedId(section: SourceSection): string {
  const kind = section.defines as string;
  const title = slugify(section.title).replace(new RegExp(`^(?:the-)?${kind}-of-(?:the-)?`), '');
  return `${kind}-${title}`;
}

/** Who holds an id already, in words a curator can act on. */
function ownerOf(graph: AtlasGraph, gazetteer: Gazetteer, id: string): string {
  const entity = gazetteer.byId.get(id);
  if (entity) return `the gazetteer entity at ${gazetteer.file}:${gazetteer.lineOfEntity(gazetteer.indexOf(entity))}`;
  const attributes = graph.getNodeAttributes(id);
  const documentId = 'documentId' in attributes ? ` of "${attributes.documentId}"` : '';
  return `${withArticle(attributes.type)}${documentId}`;
}

/**
 * The id each defining section gives what it defines (section id → node id), or undefined when an id the
 * document needs is taken; every clash is pushed to `issues` at the heading concerned.
 */
export function claimDocumentIds(
  graph: AtlasGraph,
  gazetteer: Gazetteer,
  doc: SourceDocument,
  issues: DataIssue[],
): Map<string, string> | undefined {
  const before = issues.length;
  const clash = (line: number | undefined, what: string, id: string) =>
    issues.push({
      file: doc.file,
      line,
      message: `${what} needs the id "${id}", which is already ${ownerOf(graph, gazetteer, id)}: rename one of them`,
    });
  const sectionIds = new Set<string>();
  const defined = new Map<string, string>();
  const lineOfDefined = new Map<string, number>();
  for (const section of doc.sections) {
    sectionIds.add(section.id);
    if (graph.hasNode(section.id)) clash(section.line, `the section "${section.heading}"`, section.id);
    if (!section.defines) continue;
    // Two documents may both define a "Principle of Peace": the later one (in file order) gets its document's id.
    const plain = definedId(section);
    const taken = graph.hasNode(plain);
    const id = taken && isDefined(graph, plain) ? `${plain}-${doc.meta.id}` : plain;
    const earlier = lineOfDefined.get(id);
    if (earlier !== undefined) {
      issues.push({
        file: doc.file,
        line: section.line,
        message: `the ${section.defines} of "${section.heading}" needs the id "${id}", which the heading at line ${earlier} defines already: name them apart`,
      });
    } else if (graph.hasNode(id)) {
      clash(section.line, `the ${section.defines} of "${section.heading}"`, id);
    }
    defined.set(section.id, id);
    lineOfDefined.set(id, section.line);
  }
  // Commitment ids are a section's id plus "-s<n>": an entity id of that form would take a sentence's place.
  for (const entity of gazetteer.entities) {
    const sectionId = /^(.+)-s\d+$/.exec(entity.id)?.[1];
    if (sectionId !== undefined && sectionIds.has(sectionId)) {
      clash(doc.sections.find((s) => s.id === sectionId)?.line, `a sentence of section "${sectionId}"`, entity.id);
    }
  }
  return issues.length === before ? defined : undefined;
}

function isDefined(graph: AtlasGraph, id: string): boolean {
  return (DEFINED_TYPES as readonly string[]).includes(graph.getNodeAttribute(id, 'type'));
}

/** The document's issuer: an actor of the gazetteer (it makes the commitments), or undefined with the reason. */
export function issuerOf(doc: SourceDocument, gazetteer: Gazetteer, issues: DataIssue[]): GazetteerEntity | undefined {
  const where = { file: doc.file, line: doc.lineOf(['issuerId']), field: 'issuerId' };
  const issuer = gazetteer.byId.get(doc.meta.issuerId);
  if (!issuer) {
    // An entity that failed its own checks is reported in the gazetteer already.
    if (!gazetteer.unchecked.has(doc.meta.issuerId)) {
      issues.push({
        ...where,
        message: `"${doc.meta.issuerId}" is not in ${gazetteer.file} (until it is, the document is not built and curation entries that point into it are not checked)`,
      });
    }
    return undefined;
  }
  if (!(ACTOR_TYPES as readonly string[]).includes(issuer.type)) {
    issues.push({
      ...where,
      message: `"${doc.meta.issuerId}" is ${withArticle(issuer.type)}; the issuer makes the document's commitments, so it must be an actor (${ACTOR_TYPES.join(', ')})`,
    });
    return undefined;
  }
  return issuer;
}

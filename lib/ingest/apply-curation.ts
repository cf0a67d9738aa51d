/**
 * Applying curation
 * =================
 * The curation file's effect on a built graph: false mentions suppressed before they become edges, then the added
 * INVOLVES edges and the curated or quoted relationships. Every problem is collected with its file and line; an entry
 * that points into a document whose build failed is not reported again (that document's own error says why).
 */
import type { DataIssue } from '../graph/errors';
import { edgeKey } from '../graph/ids';
import { mergeEdge, type AtlasGraph, type KnowledgeGraph } from '../graph/knowledge-graph';
import type { Provenance } from '../graph/schema';
import type { EdgeOrigin } from '../graph/validate';
import type { Curation } from './curation';
import type { Mention } from './mentions';
import type { SourceDocument } from './source';

/** Drops the mentions the curation marks as false matches. */
export function suppressMentions(
  doc: SourceDocument,
  mentions: Mention[],
  curation: Curation,
  issues: DataIssue[],
  unchecked: ReadonlySet<string> = new Set(),
  isEntity: (id: string) => boolean = () => true,
): Mention[] {
  let kept = mentions;
  /** The first entry of each (entity, document, context): a second is said to be one, not "no mention" there. */
  const firstAt = new Map<string, number>();
  curation.suppressMentions.forEach((entry, index) => {
    const same = JSON.stringify([entry.entity, entry.document, entry.context]);
    const first = firstAt.get(same);
    if (first === undefined) firstAt.set(same, index);
    else if (entry.document === doc.meta.id) {
      issues.push({
        file: curation.file,
        line: curation.lineOf(['suppressMentions', index]),
        field: `suppressMentions[${index}]`,
        message: `the same as suppressMentions[${first}] (line ${curation.lineOf(['suppressMentions', first])}): state each one once`,
      });
      return;
    }
    // An entity that failed its own checks has no mentions to suppress; it is reported in the gazetteer.
    if (entry.document !== doc.meta.id || unchecked.has(entry.entity)) return;
    if (!isEntity(entry.entity)) {
      // Not "no mention inside this context": the id itself is wrong (a typo, or an entity since renamed).
      issues.push({
        file: curation.file,
        line: curation.lineOf(['suppressMentions', index, 'entity']) ?? curation.lineOf(['suppressMentions', index]),
        field: `suppressMentions[${index}].entity`,
        message: `unknown entity "${entry.entity}" (not in the gazetteer)`,
      });
      return;
    }
    const at = doc.text.indexOf(entry.context);
    const where = {
      file: curation.file,
      line: curation.lineOf(['suppressMentions', index]),
      field: `suppressMentions[${index}].context`,
    };
    if (at < 0 || doc.text.indexOf(entry.context, at + 1) >= 0) {
      issues.push({
        ...where,
        message: `context must occur exactly once in "${doc.meta.id}" (${at < 0 ? 'not found' : 'found more than once'})`,
      });
      return;
    }
    const inside = (m: Mention) => m.entityId === entry.entity && m.start >= at && m.end <= at + entry.context.length;
    if (!kept.some(inside)) {
      issues.push({ ...where, message: `no mention of "${entry.entity}" inside this context` });
      return;
    }
    kept = kept.filter((m) => !inside(m));
  });
  return kept;
}

/**
 * A suppression is applied while its document is built: one naming a document that is not there would otherwise
 * match nothing and say nothing.
 */
export function checkSuppressedDocuments(
  curation: Curation,
  documentIds: ReadonlySet<string>,
  notBuilt: (id: string) => boolean,
  issues: DataIssue[],
): void {
  curation.suppressMentions.forEach((entry, index) => {
    if (documentIds.has(entry.document) || notBuilt(entry.document)) return;
    issues.push({
      file: curation.file,
      line: curation.lineOf(['suppressMentions', index, 'document']) ?? curation.lineOf(['suppressMentions', index]),
      field: `suppressMentions[${index}].document`,
      message: `unknown document "${entry.document}"`,
    });
  });
}

/**
 * Adds the curated INVOLVES edges and the curated or quoted relationships; returns where each relationship was
 * stated (edge key → file, line, field), for validation messages about it. `notBuilt` says whether a missing id
 * belongs to a document that was left out.
 */
export function applyCuratedEdges(
  graph: AtlasGraph,
  texts: KnowledgeGraph['texts'],
  documents: SourceDocument[],
  curation: Curation,
  issues: DataIssue[],
  notBuilt: (id: string) => boolean = () => false,
): Map<string, EdgeOrigin> {
  const origins = new Map<string, EdgeOrigin>();
  /**
   * False when an id of the entry at `list[index]` is missing; reports each unknown one at its own field and line
   * (`relations[7].target`), not those of a document left out.
   */
  const allKnown = (list: 'involves' | 'relations', index: number, ids: Record<string, string>): boolean => {
    let known = true;
    for (const [key, id] of Object.entries(ids)) {
      if (graph.hasNode(id)) continue;
      known = false;
      if (notBuilt(id)) continue;
      issues.push({
        file: curation.file,
        line: curation.lineOf([list, index, key]) ?? curation.lineOf([list, index]),
        field: `${list}[${index}].${key}`,
        message: `unknown node id "${id}"`,
      });
    }
    return known;
  };
  const involvesAt = new Map<string, number>();
  curation.involves.forEach((entry, index) => {
    const where = { file: curation.file, line: curation.lineOf(['involves', index]) };
    if (!allKnown('involves', index, { commitment: entry.commitment, entity: entry.entity })) return;
    if (graph.getNodeAttribute(entry.commitment, 'type') !== 'commitment') {
      issues.push({
        ...where,
        field: `involves[${index}].commitment`,
        message: `"${entry.commitment}" is not a commitment`,
      });
      return;
    }
    // The data model's rule for the text holds for curators too: who commits is not a party involved.
    const commitment = graph.getNodeAttributes(entry.commitment);
    const own = 'kind' in commitment && commitment.kind === 'self';
    if (own && graph.hasEdge(edgeKey('MAKES', entry.entity, entry.commitment))) {
      issues.push({
        ...where,
        field: `involves[${index}].entity`,
        message: `"${entry.entity}" makes "${entry.commitment}": the maker of a commitment of its own is never a party involved in it`,
      });
      return;
    }
    // Merged into an edge already there, the entry's reason would be dropped without a word.
    const key = edgeKey('INVOLVES', entry.commitment, entry.entity);
    const earlier = involvesAt.get(key);
    if (earlier !== undefined || graph.hasEdge(key)) {
      issues.push({
        ...where,
        field: `involves[${index}]`,
        message:
          earlier !== undefined
            ? `the same as involves[${earlier}] (line ${curation.lineOf(['involves', earlier])}): state each one once`
            : `"${entry.commitment}" involves "${entry.entity}" already (its sentence names it): the entry is not needed`,
      });
      return;
    }
    involvesAt.set(key, index);
    mergeEdge(graph, 'INVOLVES', entry.commitment, entry.entity, {
      basis: 'curated',
      note: entry.reason,
      provenance: [],
    });
    // The graph's checks (an entity of a type a commitment cannot involve) then name this entry, not the edge.
    origins.set(key, { ...where, field: `involves[${index}].entity` });
  });

  curation.relations.forEach((relation, index) => {
    const where = { file: curation.file, line: curation.lineOf(['relations', index]) };
    if (!allKnown('relations', index, { source: relation.source, target: relation.target })) return;
    // One entry per relationship: a second would be merged into the first, its note, date or basis dropped.
    const relationKey = edgeKey(relation.type, relation.source, relation.target);
    const first = origins.get(relationKey);
    if (first || graph.hasEdge(relationKey)) {
      const what = `${relation.type} from "${relation.source}" to "${relation.target}"`;
      issues.push({
        ...where,
        field: `relations[${index}]`,
        message: first
          ? `the same ${what} as ${first.field} (line ${first.line}): state each relationship once`
          : `${what} is in the graph already (the documents yield it): the entry is not needed`,
      });
      return;
    }
    let provenance: Provenance[] = [];
    if (relation.basis === 'text') {
      // A document that could not be read is reported with its own problems; its quotes cannot be checked.
      if (notBuilt(relation.document as string)) return;
      const doc = documents.find((d) => d.meta.id === relation.document);
      const text = texts.get(relation.document as string)?.text;
      const quote = relation.quote as string;
      const at = text?.indexOf(quote) ?? -1;
      if (!doc || !text || at < 0 || text.indexOf(quote, at + 1) >= 0) {
        issues.push({
          ...where,
          field: `relations[${index}].${doc ? 'quote' : 'document'}`,
          message: !doc
            ? `unknown document "${relation.document}"`
            : `the quote must occur exactly once in "${relation.document}" (${at < 0 ? 'not found' : 'found more than once'})`,
        });
        return;
      }
      const section = doc.sections.filter((s) => s.start <= at && at < s.end).sort((a, b) => b.level - a.level)[0];
      provenance = [
        {
          documentId: doc.meta.id,
          sectionId: section?.id ?? doc.sections[0]!.id,
          quote,
          start: at,
          end: at + quote.length,
        },
      ];
    }
    const key = mergeEdge(graph, relation.type, relation.source, relation.target, {
      basis: relation.basis,
      note: relation.note,
      date: relation.date,
      provenance,
    });
    origins.set(key, { ...where, field: `relations[${index}]` });
  });
  return origins;
}

/**
 * Knowledge graph validation
 * ==========================
 * Checks a built graph against the data model before it is served or written: every node and edge parses, edges
 * join the types they are meant to, names are unambiguous, PART_OF has no cycle, and every provenance quote is
 * exactly `text.slice(start, end)` of its document. A caller that knows where edges were stated (the curation file)
 * passes `locate`, so a problem such as a PART_OF cycle names the file and line to fix.
 */
import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { AtlasDataError, withArticle, type DataIssue } from './errors';
import type { KnowledgeGraph } from './knowledge-graph';
import { nameKey } from './names';
import {
  ACTOR_TYPES,
  DEFINED_TYPES,
  edgeSchema,
  ENTITY_TYPES,
  FORUM_TYPES,
  NODE_SCHEMAS,
  NODE_TYPES,
  type NodeType,
  type Provenance,
  type RelationType,
} from './schema';

const ANY_ENTITY: readonly NodeType[] = ENTITY_TYPES;
/** A person belongs to a body (MEMBER_OF) or heads it (HEAD_OF); nothing is part of a person. */
const PART_TYPES: readonly NodeType[] = ENTITY_TYPES.filter((type) => type !== 'person');

/** Which node types each relationship may join (source → target). */
export const RELATION_ENDPOINTS: Record<RelationType, [readonly NodeType[], readonly NodeType[]]> = {
  HAS_SECTION: [['document', 'section'], ['section']],
  DEFINES: [['section'], DEFINED_TYPES],
  MAKES: [ACTOR_TYPES, ['commitment']],
  UNDER: [['commitment'], DEFINED_TYPES],
  INVOLVES: [['commitment'], ANY_ENTITY],
  MENTIONS: [['section'], ANY_ENTITY],
  PART_OF: [PART_TYPES, PART_TYPES],
  MEMBER_OF: [ACTOR_TYPES, [...FORUM_TYPES, 'state']],
  SUBMITTED: [ACTOR_TYPES, ['instrument', 'initiative']],
  SUBMITTED_TO: [['instrument', 'initiative'], ACTOR_TYPES],
  ISSUED: [ACTOR_TYPES, ['document']],
  HEAD_OF: [['person'], ACTOR_TYPES],
};

function checkProvenance(
  kg: KnowledgeGraph,
  owner: string,
  provenance: readonly Provenance[],
  issues: DataIssue[],
  origin?: EdgeOrigin,
): void {
  // A curated edge's problems are named at the entry that states it (curation.yaml:12: relations[0]).
  const field = origin?.field ?? owner;
  for (const p of provenance) {
    const doc = kg.texts.get(p.documentId);
    if (!doc) {
      issues.push({ ...origin, field, message: `provenance names unknown document "${p.documentId}"` });
      continue;
    }
    if (doc.text.slice(p.start, p.end) !== p.quote) {
      issues.push({
        ...origin,
        field,
        message: `provenance quote is not the text at ${p.start}–${p.end} of "${p.documentId}"`,
      });
    }
    const section = kg.graph.hasNode(p.sectionId) ? kg.graph.getNodeAttributes(p.sectionId) : undefined;
    if (!section || section.type !== 'section' || !('documentId' in section) || section.documentId !== p.documentId) {
      issues.push({
        ...origin,
        field,
        message: `provenance names "${p.sectionId}", which is not a section of "${p.documentId}"`,
      });
    } else if ('start' in section && (p.start < section.start || p.end > section.end)) {
      issues.push({
        ...origin,
        field,
        message: `provenance ${p.start}–${p.end} lies outside its section "${p.sectionId}"`,
      });
    }
  }
}

/** Where an edge was stated: file, line and field of the entry, for messages about it. */
export type EdgeOrigin = Pick<DataIssue, 'file' | 'line' | 'field'>;

export interface ValidateOptions {
  /** The entry that stated an edge, by edge key; undefined for edges the text yields. */
  locate?: (edgeKey: string) => EdgeOrigin | undefined;
}

/** One issue per cycle, placed at the first (by file and line) of the stated relations that form it. */
function cycleIssue(kg: KnowledgeGraph, component: string[], options: ValidateOptions): DataIssue {
  const members = new Set(component);
  const message = `PART_OF forms a cycle through ${[...members]
    .sort()
    .map((id) => `"${id}"`)
    .join(', ')}`;
  const origins: EdgeOrigin[] = [];
  kg.graph.forEachEdge((key, attributes, source, target) => {
    const origin = attributes.type === 'PART_OF' && members.has(source) && members.has(target) && options.locate?.(key);
    if (origin) origins.push(origin);
  });
  origins.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  const [first, ...others] = origins;
  if (!first) return { field: 'PART_OF', message };
  // The other links of the cycle, so the curator sees every entry that could be the wrong one.
  const where = (o: EdgeOrigin) =>
    [o.field, o.file !== first.file && `in ${o.file}`, o.line !== undefined && `at line ${o.line}`]
      .filter(Boolean)
      .join(' ');
  return { ...first, message: others.length > 0 ? `${message} (with ${others.map(where).join(', ')})` : message };
}

/** Throws AtlasDataError listing every problem; returns quietly when the graph is sound. */
export function validateKnowledgeGraph(kg: KnowledgeGraph, options: ValidateOptions = {}): void {
  const { graph } = kg;
  const issues: DataIssue[] = [];
  const nameOwner = new Map<string, string>();

  graph.forEachNode((key, attributes) => {
    const field = `node "${key}"`;
    if (!(NODE_TYPES as readonly string[]).includes(attributes.type)) {
      issues.push({ field, message: `unknown type "${attributes.type}" (expected one of ${NODE_TYPES.join(', ')})` });
      return;
    }
    if (attributes.id !== key) issues.push({ field, message: `id attribute "${attributes.id}" differs from its key` });
    const parsed = NODE_SCHEMAS[attributes.type].safeParse(attributes);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ field: `${field}.${issue.path.join('.')}`, message: issue.message });
      return;
    }
    checkProvenance(kg, field, attributes.provenance, issues);
    if ((ENTITY_TYPES as readonly string[]).includes(attributes.type)) {
      // Compared as search compares them: "ARF" and "Arf" on two entities would make search answer with either.
      for (const name of new Set([attributes.label, ...attributes.aliases])) {
        const owner = nameOwner.get(nameKey(name));
        if (owner && owner !== key) issues.push({ field, message: `name "${name}" is also a name of "${owner}"` });
        nameOwner.set(nameKey(name), key);
      }
    }
  });

  const partOf = new DirectedGraph();
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes) => {
    const field = `edge "${key}"`;
    // An edge a curator stated is named by the entry that states it (curation.yaml:40: relations[3]).
    const origin = options.locate?.(key);
    const parsed = edgeSchema.safeParse(attributes);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ ...origin, field: `${origin?.field ?? field}.${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const [sources, targets] = RELATION_ENDPOINTS[attributes.type];
    if (!sources.includes(sourceAttributes.type) || !targets.includes(targetAttributes.type)) {
      issues.push({
        ...origin,
        field: origin?.field ?? field,
        message: `${attributes.type} cannot join ${withArticle(sourceAttributes.type)} ("${source}") to ${withArticle(targetAttributes.type)} ("${target}")`,
      });
    }
    checkProvenance(kg, field, attributes.provenance, issues, origin);
    if (attributes.type === 'PART_OF') partOf.mergeEdge(source, target);
  });
  for (const component of stronglyConnectedComponents(partOf)) {
    if (component.length > 1) issues.push(cycleIssue(kg, component, options));
  }

  if (issues.length > 0) throw new AtlasDataError('lib/graph/validate', issues);
}

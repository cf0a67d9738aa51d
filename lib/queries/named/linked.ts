/**
 * Forum ↔ plan-of-action links
 * ============================
 * What actions-for-forum and forums-for-action share: the facts "commitment C, UNDER action A, INVOLVES forum F"
 * and "the section defining A (or one below it) MENTIONS F n times", gathered by either store, folded into one row
 * per linked item — commitments first (the stronger link), mentions next, then a stable tie-break.
 */
import { z } from 'zod';
import type { AtlasGraph } from '../../graph/knowledge-graph';
import type { CommitmentNode, DefinedNode } from '../../graph/schema';
import { compareText } from '../order';

export interface LinkedItem {
  id: string;
  label: string;
}

export interface LinkFact<T extends LinkedItem> {
  item: T;
  commitment: string;
  start: number;
}

export interface MentionFact<T extends LinkedItem> {
  item: T;
  count: number;
}

export interface LinkedRow<T extends LinkedItem> {
  item: T;
  /** Commitment ids in text order. */
  commitments: string[];
  mentions: number;
}

/** One row per item: most commitments first, then most mentions, then `tieBreak`. */
export function foldLinks<T extends LinkedItem>(
  links: ReadonlyArray<LinkFact<T>>,
  mentions: ReadonlyArray<MentionFact<T>>,
  tieBreak: (a: T, b: T) => number,
): Array<LinkedRow<T>> {
  const rows = new Map<string, { item: T; commitments: Map<string, number>; mentions: number }>();
  const rowOf = (item: T) => {
    let row = rows.get(item.id);
    if (!row) rows.set(item.id, (row = { item, commitments: new Map(), mentions: 0 }));
    return row;
  };
  for (const link of links) rowOf(link.item).commitments.set(link.commitment, link.start);
  for (const mention of mentions) rowOf(mention.item).mentions += mention.count;
  return [...rows.values()]
    .map((row) => ({
      item: row.item,
      commitments: [...row.commitments].sort((a, b) => a[1] - b[1] || compareText(a[0], b[0])).map(([id]) => id),
      mentions: row.mentions,
    }))
    .sort((a, b) => b.commitments.length - a.commitments.length || b.mentions - a.mentions || tieBreak(a.item, b.item));
}

/** A plan-of-action item as both stores describe it; document order is its natural order. */
export const actionItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  documentId: z.string(),
  number: z.number(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export function compareActions(a: ActionItem, b: ActionItem): number {
  return compareText(a.documentId, b.documentId) || a.number - b.number || compareText(a.id, b.id);
}

export const forumItemSchema = z.object({ id: z.string(), label: z.string(), type: z.string() });
export type ForumItem = z.infer<typeof forumItemSchema>;

export function compareForums(a: ForumItem, b: ForumItem): number {
  return compareText(a.label, b.label) || compareText(a.id, b.id);
}

/** Memory side: the facts of the graph, each as [commitment, action, forum] or [section-defined action, forum, count]. */
export function actionItem(graph: AtlasGraph, id: string): ActionItem {
  const a = graph.getNodeAttributes(id) as DefinedNode;
  return { id, label: a.label, documentId: a.documentId, number: a.number };
}

export function forumItem(graph: AtlasGraph, id: string): ForumItem {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, type: a.type };
}

export function commitmentStart(graph: AtlasGraph, id: string): number {
  return (graph.getNodeAttributes(id) as CommitmentNode).start;
}

/** The plan-of-action items defined by this section or by a section above it (HAS_SECTION*0.. DEFINES). */
export function actionsDefinedAbove(graph: AtlasGraph, section: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (node: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    graph.forEachOutEdge(node, (_edge, e, _source, target) => {
      if (e.type === 'DEFINES' && graph.getNodeAttribute(target, 'type') === 'action') found.push(target);
    });
    graph.forEachInEdge(node, (_edge, e, source) => {
      if (e.type === 'HAS_SECTION' && graph.getNodeAttribute(source, 'type') === 'section') visit(source);
    });
  };
  visit(section);
  return found;
}

/** The sections below this one, itself included (HAS_SECTION*0..). */
export function sectionsBelow(graph: AtlasGraph, section: string): string[] {
  const found: string[] = [];
  const visit = (node: string) => {
    if (found.includes(node)) return;
    found.push(node);
    graph.forEachOutEdge(node, (_edge, e, _source, target) => {
      if (e.type === 'HAS_SECTION' && graph.getNodeAttribute(target, 'type') === 'section') visit(target);
    });
  };
  visit(section);
  return found;
}

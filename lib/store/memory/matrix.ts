/**
 * Matrix in memory
 * ================
 * The forum × action matrix's links read from the knowledge graph: each commitment UNDER a plan-of-action item,
 * with each forum it INVOLVES and, with `parts`, each forum that a body it involves is PART_OF at any depth (the UN
 * for a sentence naming the Human Rights Council, through the General Assembly). lib/queries/matrix assembles them.
 */
import { documentOrderKey } from '../../graph/document-order';
import type { AtlasGraph } from '../../graph/knowledge-graph';
import { isForumType, type CommitmentNode, type DefinedNode } from '../../graph/schema';
import { assembleMatrix, type MatrixLink } from '../../queries/matrix';
import type { MatrixOptions, MatrixView } from '../types';

/**
 * The wholes a body is part of, at any depth, nearest first (the body itself not included). Each once: two PART_OF
 * paths to the UN count it once, and a cycle (which `atlas validate` refuses) ends the walk instead of looping.
 */
export function wholesOf(graph: AtlasGraph, body: string): string[] {
  const wholes: string[] = [];
  const seen = new Set([body]);
  for (let i = -1; i < wholes.length; i += 1) {
    graph.forEachOutEdge(i < 0 ? body : wholes[i]!, (_edge, e, _part, whole) => {
      if (e.type !== 'PART_OF' || seen.has(whole)) return;
      seen.add(whole);
      wholes.push(whole);
    });
  }
  return wholes;
}

/** Every (action, forum, commitment) link, with the body the commitment names (`via`) and whether that is curated. */
export function matrixLinks(graph: AtlasGraph, actions: readonly string[], { parts = false }: MatrixOptions = {}) {
  const links: MatrixLink[] = [];
  const forumsWithin = new Map<string, string[]>();
  for (const action of actions) {
    graph.forEachInEdge(action, (_edge, e, commitment) => {
      if (e.type !== 'UNDER') return;
      const start = (graph.getNodeAttributes(commitment) as CommitmentNode).start;
      graph.forEachOutEdge(commitment, (_involves, i, _c, body) => {
        if (i.type !== 'INVOLVES') return;
        const curated = i.basis === 'curated';
        let forums = forumsWithin.get(body);
        if (!forums) {
          forums = [body, ...(parts ? wholesOf(graph, body) : [])].filter((id) =>
            isForumType(graph.getNodeAttribute(id, 'type')),
          );
          forumsWithin.set(body, forums);
        }
        for (const forum of forums) links.push({ action, forum, commitment, start, curated, via: body });
      });
    });
  }
  return links;
}

export function memoryMatrix(graph: AtlasGraph, options: MatrixOptions = {}): MatrixView {
  const actions = graph
    .filterNodes((_id, a) => a.type === 'action')
    .map((id) => {
      const a = graph.getNodeAttributes(id) as DefinedNode;
      const { date: documentDate } = documentOrderKey(graph, a.documentId);
      return { id, label: a.label, documentId: a.documentId, documentDate, number: a.number };
    });
  const forums = graph
    .filterNodes((_id, a) => isForumType(a.type))
    .map((id) => {
      const { label, type, aliases } = graph.getNodeAttributes(id);
      return { id, label, type, aliases };
    });
  const links = matrixLinks(
    graph,
    actions.map((action) => action.id),
    options,
  );
  return assembleMatrix(actions, forums, links, options);
}

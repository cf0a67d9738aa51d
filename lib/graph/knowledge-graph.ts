/**
 * Knowledge graph
 * ===============
 * The typed graphology graph every part of the atlas shares, plus the source texts its provenance points into.
 * One edge per (type, source, target), keyed deterministically, so stores and exports agree on identities.
 */
import { MultiDirectedGraph } from 'graphology';
import { edgeKey } from './ids';
import type { AtlasEdge, AtlasNode, RelationType } from './schema';

/** What the explorer needs to draw a node; filled in by lib/graph/layout. */
export interface DisplayAttributes {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  /** Centrality score used for the size, kept so the UI can explain it. */
  centrality?: number;
}

export type NodeAttributes = AtlasNode & DisplayAttributes;
export type EdgeAttributes = AtlasEdge;
export type AtlasGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface DocumentText {
  id: string;
  text: string;
}

export interface KnowledgeGraph {
  graph: AtlasGraph;
  /** Source texts by document id: every provenance quote is `text.slice(start, end)` of one of these. */
  texts: Map<string, DocumentText>;
}

export function createAtlasGraph(): AtlasGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

/** Adds an edge, or merges provenance and counts into the existing edge of that type between the two nodes. */
export function mergeEdge(
  graph: AtlasGraph,
  type: RelationType,
  source: string,
  target: string,
  attributes: Omit<EdgeAttributes, 'type'>,
): string {
  const key = edgeKey(type, source, target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { type, ...attributes });
    return key;
  }
  graph.updateEdgeAttributes(key, (existing) => {
    const seen = new Set(existing.provenance.map((p) => `${p.documentId}:${p.start}:${p.end}`));
    const added = attributes.provenance.filter((p) => !seen.has(`${p.documentId}:${p.start}:${p.end}`));
    return {
      ...existing,
      provenance: [...existing.provenance, ...added],
      count:
        existing.count !== undefined || attributes.count !== undefined
          ? (existing.count ?? 0) + (attributes.count ?? 0)
          : undefined,
      spans: existing.spans || attributes.spans ? [...(existing.spans ?? []), ...(attributes.spans ?? [])] : undefined,
    };
  });
  return key;
}

export function nodesOfType(graph: AtlasGraph, ...types: string[]): NodeAttributes[] {
  const wanted = new Set(types);
  const nodes: NodeAttributes[] = [];
  graph.forEachNode((_key, attributes) => {
    if (wanted.has(attributes.type)) nodes.push(attributes);
  });
  return nodes;
}

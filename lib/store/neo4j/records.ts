/**
 * Graph ⇄ Neo4j properties
 * ========================
 * How a graph node or edge is stored in Neo4j and read back: labels per type (every atlas node also carries
 * :Atlas, the label its id constraint is on), provenance as a JSON string (Neo4j properties cannot hold maps),
 * undefined attributes dropped. The loader adds the load's content hash to everything it writes.
 */
import type { EdgeAttributes, NodeAttributes } from '../../graph/knowledge-graph';
import { NEO4J_LABELS, NODE_TYPES, type NodeType } from '../../graph/schema';

/** The label every atlas node carries; its `id` is unique (the constraint every MERGE is backed by). */
export const ATLAS_LABEL = 'Atlas';
export const META_LABEL = 'AtlasMeta';

export const ALL_TYPE_LABELS = [...new Set(NODE_TYPES.flatMap((type) => NEO4J_LABELS[type]))];

export function labelsOf(type: NodeType): string[] {
  return [ATLAS_LABEL, ...NEO4J_LABELS[type]];
}

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));
}

/** The properties a node is stored with; the loader adds the load id (the same for a whole load). */
export function nodeToProperties(attributes: NodeAttributes, text?: string): Record<string, unknown> {
  const { provenance, ...rest } = attributes;
  return defined({
    ...rest,
    provenanceJson: JSON.stringify(provenance ?? []),
    ...(text !== undefined ? { text } : {}),
  });
}

/** The properties a relationship is stored with (its type is the relationship's own); the loader adds the load id. */
export function edgeToProperties(key: string, attributes: EdgeAttributes): Record<string, unknown> {
  const { provenance, type: _type, ...rest } = attributes;
  return defined({ ...rest, key, provenanceJson: JSON.stringify(provenance ?? []) });
}

/** Node properties as graph attributes (the document text is kept apart by the caller). */
export function propertiesToNode(properties: Record<string, unknown>): NodeAttributes {
  const { provenanceJson, loadId: _loadId, text, ...rest } = properties;
  const attributes: Record<string, unknown> = { ...rest, provenance: JSON.parse(String(provenanceJson ?? '[]')) };
  // Commitments keep their sentence as `text`; the document's full text is not a node attribute.
  if (rest.type === 'commitment') attributes.text = text;
  return attributes as unknown as NodeAttributes;
}

export function propertiesToEdge(
  type: string,
  properties: Record<string, unknown>,
): { key: string; attributes: EdgeAttributes } {
  const { provenanceJson, loadId: _loadId, key, ...rest } = properties;
  return {
    key: String(key),
    attributes: { ...rest, type, provenance: JSON.parse(String(provenanceJson ?? '[]')) } as unknown as EdgeAttributes,
  };
}

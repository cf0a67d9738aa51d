/**
 * Graph ⇄ Neo4j properties
 * ========================
 * How a graph node or edge is stored in Neo4j and read back: labels per type (every atlas node also carries
 * :Atlas, the label its id constraint is on), provenance as a JSON string (Neo4j properties cannot hold maps),
 * undefined attributes dropped. The loader adds the load's content hash to everything it writes.
 */
import type { EdgeAttributes, NodeAttributes } from '../../graph/knowledge-graph';
import { NEO4J_LABELS, NODE_TYPES, type NodeType } from '../../graph/schema';
import type { Field } from './columns';

/** The label every atlas node carries; its `id` is unique (the constraint every loader lookup is backed by). */
export const ATLAS_LABEL = 'Atlas';
export const META_LABEL = 'AtlasMeta';

export const ALL_TYPE_LABELS = [...new Set(NODE_TYPES.flatMap((type) => NEO4J_LABELS[type]))];

export function labelsOf(type: NodeType): string[] {
  return [ATLAS_LABEL, ...NEO4J_LABELS[type]];
}

/** A node as the loader reads it: its id, attributes and (for a document) its full text. */
export interface NodeRow {
  id: string;
  attributes: NodeAttributes;
  text: string | undefined;
}

/** A relationship as the loader reads it; its type is the relationship's own, not a property. */
export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Every attribute name any row has, but `omit`: one pass, no copies (a load reads 600k elements). */
function attributeKeys(attributes: Iterable<object>, omit: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const record of attributes) for (const key in record) keys.add(key);
  return [...keys].filter((key) => !omit.includes(key));
}

const attribute =
  <Row extends { attributes: object }>(key: string) =>
  (row: Row) =>
    (row.attributes as Record<string, unknown>)[key];

/**
 * Provenance as stored: JSON text, and nothing at all when there is none (structural and synthetic elements): a
 * missing property reads back as [] (propertiesToNode), and a property fewer per element is less for Neo4j to write.
 */
function provenanceJson(provenance: readonly unknown[] | undefined): string | undefined {
  return provenance && provenance.length > 0 ? JSON.stringify(provenance) : undefined;
}

/**
 * The properties nodes are stored with: their attributes, with provenance as a JSON string (Neo4j properties
 * cannot hold maps) and a document's full text; undefined and null are not stored. The loader adds the load id.
 */
export function nodeFields(rows: readonly NodeRow[]): Array<Field<NodeRow>> {
  const keys = attributeKeys(
    rows.map((row) => row.attributes),
    ['id', 'provenance', 'text'],
  );
  return [
    { key: 'id', read: (row) => row.id },
    ...keys.map((key) => ({ key, read: attribute<NodeRow>(key) })),
    { key: 'provenanceJson', read: (row) => provenanceJson(row.attributes.provenance) },
    // A commitment keeps its sentence as `text`; a document's is its full text.
    { key: 'text', read: (row) => row.text ?? (row.attributes as { text?: string }).text },
  ];
}

/** The properties relationships are stored with (as nodeFields), plus the graph's edge key. */
export function edgeFields(rows: readonly EdgeRow[]): Array<Field<EdgeRow>> {
  const keys = attributeKeys(
    rows.map((row) => row.attributes),
    ['key', 'provenance', 'type'],
  );
  return [
    ...keys.map((key) => ({ key, read: attribute<EdgeRow>(key) })),
    { key: 'key', read: (row) => row.key },
    { key: 'provenanceJson', read: (row) => provenanceJson(row.attributes.provenance) },
  ];
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

/**
 * Neo4j value conversion
 * ======================
 * The one place where driver values become plain JSON: Integers to numbers (strings beyond 2^53), nodes to their
 * properties, relationships and paths to small objects, temporal values to ISO strings. Everything else in the
 * store sees plain data.
 */
import neo4j, {
  isDuration,
  isDate,
  isDateTime,
  isLocalDateTime,
  isLocalTime,
  isTime,
  isPoint,
  type Integer,
} from 'neo4j-driver';

export interface ConvertedNode {
  __kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ConvertedRelationship {
  __kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface ConvertedPath {
  __kind: 'path';
  nodes: ConvertedNode[];
  relationships: ConvertedRelationship[];
}

export function toNumber(value: Integer | number): number | string {
  if (typeof value === 'number') return value;
  return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
}

/**
 * A duration as ISO 8601, as Neo4j itself writes it. The driver's own string ends a duration without a time part in
 * a bare "T" (`duration('P1D')` → "P1DT", `P1Y2M` → "P1Y2MT"), which no ISO 8601 reader accepts.
 */
export function durationString(value: unknown): string {
  return String(value).replace(/T$/, '');
}

/** Recursively converts a driver value to plain JSON-friendly data. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return toNumber(value as Integer);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value)) {
    return String(value);
  }
  if (isDuration(value)) return durationString(value);
  if (isPoint(value)) return { srid: toNumber(value.srid as Integer), x: value.x, y: value.y, z: value.z };
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { __kind: 'node', elementId: node.elementId, labels: node.labels, properties: plainObject(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as {
      elementId: string;
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    return {
      __kind: 'relationship',
      elementId: rel.elementId,
      type: rel.type,
      startElementId: rel.startNodeElementId,
      endElementId: rel.endNodeElementId,
      properties: plainObject(rel.properties),
    };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    return {
      __kind: 'path',
      nodes: [path.start, ...path.segments.map((s) => s.end)].map(toPlain) as ConvertedNode[],
      relationships: path.segments.map((s) => toPlain(s.relationship)) as ConvertedRelationship[],
    };
  }
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  return plainObject(value as Record<string, unknown>);
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([key, v]) => [key, toPlain(v)]));
}

/** A record as a plain object keyed by column. */
export function recordToObject(record: {
  keys: readonly PropertyKey[];
  get(key: PropertyKey): unknown;
}): Record<string, unknown> {
  return Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))]));
}

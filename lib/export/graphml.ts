/**
 * GraphML writer
 * ==============
 * Hand-written because graphology-graphml (0.5) only parses. One typed <key> per attribute name and domain
 * (boolean, int, long, double or string, inferred over every value: mixed kinds fall back to string), values
 * flattened to primitives (lists and provenance as JSON text) and every string escaped, so Gephi, yEd, NetworkX
 * and igraph read it as written. Edges keep their atlas keys as ids: parallel relationships stay distinct.
 */
import type { SerializedGraph } from 'graphology-types';
import { flattenAttributes, orderedNames, type Primitive } from './flatten';
import { escapeAttribute, escapeText } from './xml';

type GraphMLType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const INT_MAX = 2 ** 31 - 1;

function typeOf(value: Primitive): GraphMLType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return Math.abs(value) <= INT_MAX ? 'int' : 'long';
}

/** The narrowest type that holds every value seen. */
function widen(current: GraphMLType | undefined, next: GraphMLType): GraphMLType {
  if (!current || current === next) return next;
  const numeric: GraphMLType[] = ['int', 'long', 'double'];
  if (numeric.includes(current) && numeric.includes(next))
    return numeric[Math.max(numeric.indexOf(current), numeric.indexOf(next))] as GraphMLType;
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: GraphMLType;
}

function inferKeys(elements: Array<Record<string, Primitive>>, prefix: string, leading: readonly string[]): Key[] {
  const types = new Map<string, GraphMLType>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) types.set(name, widen(types.get(name), typeOf(value)));
  }
  return orderedNames(
    types.keys(),
    leading.filter((name) => types.has(name)),
    ['provenance'],
  ).map((name, index) => ({
    id: `${prefix}${index}`,
    name,
    type: types.get(name) as GraphMLType,
  }));
}

function formatValue(value: Primitive, type: GraphMLType): string {
  if (type === 'string') return typeof value === 'string' ? value : JSON.stringify(value);
  return String(value);
}

function dataLines(keys: Key[], attributes: Record<string, Primitive>, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = attributes[key.name];
    if (value === undefined) continue;
    lines.push(`${indent}<data key="${key.id}">${escapeText(formatValue(value, key.type))}</data>`);
  }
  return lines;
}

function keyLine(key: Key, domain: 'graph' | 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${escapeAttribute(key.name)}" attr.type="${key.type}"/>`;
}

export function toGraphML(serialized: SerializedGraph, graphAttributes: Record<string, unknown> = {}): string {
  const graphData = flattenAttributes({ ...serialized.attributes, ...graphAttributes });
  const nodes = serialized.nodes.map((node) => ({
    key: String(node.key),
    attributes: flattenAttributes(node.attributes),
  }));
  const edges = serialized.edges.map((edge, index) => ({
    key: edge.key === undefined ? `e${index}` : String(edge.key),
    source: String(edge.source),
    target: String(edge.target),
    attributes: flattenAttributes(edge.attributes),
  }));
  const graphKeys = inferKeys([graphData], 'g', []);
  const nodeKeys = inferKeys(
    nodes.map((n) => n.attributes),
    'n',
    ['label', 'type'],
  );
  const edgeKeys = inferKeys(
    edges.map((e) => e.attributes),
    'e',
    ['type'],
  );
  const edgeDefault = serialized.options?.type === 'undirected' ? 'undirected' : 'directed';

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.map((key) => keyLine(key, 'graph')),
    ...nodeKeys.map((key) => keyLine(key, 'node')),
    ...edgeKeys.map((key) => keyLine(key, 'edge')),
    `  <graph id="G" edgedefault="${edgeDefault}">`,
    ...dataLines(graphKeys, graphData, '    '),
  ];
  for (const node of nodes) {
    lines.push(
      `    <node id="${escapeAttribute(node.key)}">`,
      ...dataLines(nodeKeys, node.attributes, '      '),
      '    </node>',
    );
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${escapeAttribute(edge.key)}" source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}">`,
      ...dataLines(edgeKeys, edge.attributes, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

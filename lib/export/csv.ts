/**
 * CSV export
 * ==========
 * Two tables, as spreadsheet and Gephi users expect (a CSV file holds one table and no zip is at hand): `edges`,
 * one row per relationship with its two ends' label and type alongside (readable on its own, the default), and
 * `nodes`, one row per node (isolated ones included). RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote, line break or edge spaces quoted, quotes doubled. The relationship type is in `relation`, since
 * Gephi reads an edge column called `type` as directed/undirected.
 */
import type { SerializedGraph } from 'graphology-types';
import { flattenAttributes, orderedNames, type Primitive } from './flatten';

export type CsvPart = 'nodes' | 'edges';
export const CSV_PARTS: readonly CsvPart[] = ['edges', 'nodes'];

export function csvField(value: Primitive | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(columns: readonly string[], rows: ReadonlyArray<Record<string, Primitive>>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function nodesTable(serialized: SerializedGraph): string {
  const rows = serialized.nodes.map((node) => ({ ...flattenAttributes(node.attributes), id: String(node.key) }));
  const columns = orderedNames(
    rows.flatMap((row) => Object.keys(row)),
    ['id', 'label', 'type'],
    ['provenance'],
  );
  return csvTable(columns, rows);
}

function edgesTable(serialized: SerializedGraph): string {
  const nodes = new Map(serialized.nodes.map((node) => [String(node.key), node.attributes ?? {}]));
  const end = (id: string, side: 'source' | 'target') => {
    const attributes = flattenAttributes(nodes.get(id));
    return { [`${side}_label`]: attributes.label ?? '', [`${side}_type`]: attributes.type ?? '' };
  };
  const rows = serialized.edges.map((edge, index) => {
    const { type, ...rest } = flattenAttributes(edge.attributes);
    const source = String(edge.source);
    const target = String(edge.target);
    return {
      ...rest,
      id: edge.key === undefined ? `e${index}` : String(edge.key),
      source,
      target,
      ...(type !== undefined ? { relation: type } : {}),
      ...end(source, 'source'),
      ...end(target, 'target'),
    } as Record<string, Primitive>;
  });
  const leading = ['id', 'source', 'target', 'relation', 'source_label', 'source_type', 'target_label', 'target_type'];
  const columns = orderedNames(
    rows.flatMap((row) => Object.keys(row)),
    leading,
    ['provenance'],
  );
  return csvTable(columns, rows);
}

export function toCsv(serialized: SerializedGraph, part: CsvPart): string {
  return part === 'nodes' ? nodesTable(serialized) : edgesTable(serialized);
}

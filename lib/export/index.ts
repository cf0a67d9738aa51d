/**
 * Graph exports
 * =============
 * The whole graph, provenance included, in the formats analysts open elsewhere: GEXF (Gephi), GraphML (yEd,
 * NetworkX, igraph), CSV (spreadsheets; edges or nodes) and JSON (graphology's serialisation). One entry
 * point for the API route and the CLI, taking the store's `exportGraph()`; the graph is put in canonical order
 * first (./canonical), so both backends export byte-identical files.
 */
import type { SerializedGraph } from 'graphology-types';
import { InvalidInputError } from '../store/errors';
import { canonicalGraph } from './canonical';
import { CSV_PARTS, toCsv, type CsvPart } from './csv';
import { toGexf } from './gexf';
import { toGraphML } from './graphml';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export { CSV_PARTS, type CsvPart };

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

const BASENAME = 'strategy-atlas';

/** Metadata written into the formats that carry graph-level attributes. */
export const EXPORT_METADATA = {
  creator: 'Strategy Atlas',
  description:
    'Knowledge graph of the actors and commitments in cyberspace strategy documents. Provenance (documentId, sectionId, quote, start, end) is JSON text in the "provenance" attribute; lists are JSON text too.',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function renderExport(
  serialized: SerializedGraph,
  format: ExportFormat,
  options: { part?: CsvPart } = {},
): ExportFile {
  const graph = canonicalGraph({ ...serialized, attributes: { ...serialized.attributes, ...EXPORT_METADATA } });
  switch (format) {
    case 'gexf':
      return {
        body: toGexf(graph),
        contentType: 'application/gexf+xml; charset=utf-8',
        filename: `${BASENAME}.gexf`,
      };
    case 'graphml':
      return {
        body: toGraphML(graph),
        contentType: 'application/graphml+xml; charset=utf-8',
        filename: `${BASENAME}.graphml`,
      };
    case 'csv': {
      const part = options.part ?? 'edges';
      if (!CSV_PARTS.includes(part))
        throw new InvalidInputError(`lib/export: unknown CSV part "${String(part)}" (edges or nodes)`, 'part');
      return {
        body: toCsv(graph, part),
        contentType: 'text/csv; charset=utf-8; header=present',
        filename: `${BASENAME}-${part}.csv`,
      };
    }
    case 'json':
      return {
        body: `${JSON.stringify(graph)}\n`,
        contentType: 'application/json; charset=utf-8',
        filename: `${BASENAME}.json`,
      };
    default:
      throw new InvalidInputError(
        `lib/export: unknown format "${String(format)}" (${EXPORT_FORMATS.join(', ')})`,
        'format',
      );
  }
}

/**
 * `atlas export`
 * ==============
 * Writes the whole graph, provenance included, as GEXF, GraphML, CSV (edges or nodes) or JSON: the same files as
 * GET /api/export, from Neo4j when NEO4J_URI is set, else from the data folder. It refuses what the API refuses
 * (`--part` with a format other than csv), with the same words.
 */
import type { Command } from 'commander';
import { CSV_PARTS, EXPORT_FORMATS, renderExport, type CsvPart, type ExportFormat } from '../export';
import { InvalidInputError } from '../store/errors';
import { refuseDataFileTarget } from './data-files';
import { choiceOption, dataOption, outOption } from './options';
import { writeOutputFile } from './output';
import { emptyStoreNote, withStore } from './store';

export function registerExportCommand(program: Command, defaultDataDir: string): void {
  program
    .command('export')
    .description('write the graph with provenance as gexf, graphml, csv or json')
    .addOption(choiceOption('-f, --format <format>', 'file format', EXPORT_FORMATS).makeOptionMandatory())
    .addOption(outOption())
    // No default: a --part given with another format must be seen to be refused (csv alone reads it: edges).
    .addOption(choiceOption('--part <part>', 'CSV only: which table (default: edges)', CSV_PARTS))
    .addOption(dataOption(defaultDataDir, 'data folder (memory store)'))
    .action(async (options: { format: ExportFormat; out: string; part?: CsvPart; data: string }, command: Command) => {
      if (options.part !== undefined && options.format !== 'csv')
        throw new InvalidInputError('atlas export: invalid option "--part": only applies to format=csv', 'part');
      // Also from Neo4j: the data folder's files are what a slip of --out would destroy.
      refuseDataFileTarget('export', options.data, options.out);
      const part = options.part ?? 'edges';
      const started = performance.now();
      const dataGiven = command.getOptionValueSource('data') === 'cli' ? { command: 'export' } : undefined;
      const { file, nodes, edges, note } = await withStore({ data: options.data, dataGiven }, async (store) => {
        const graph = await store.exportGraph();
        return {
          file: renderExport(graph, options.format, { part }),
          nodes: graph.nodes.length,
          edges: graph.edges.length,
          note: graph.nodes.length === 0 ? await emptyStoreNote('export', store) : undefined,
        };
      });
      if (note) console.error(note);
      const written = writeOutputFile('export', options.out, file.body);
      const kb = Math.round(Buffer.byteLength(file.body) / 1024);
      const what = options.format === 'csv' ? `csv, ${part}` : options.format;
      const ms = Math.round(performance.now() - started);
      // Written to /dev/stdout or a pipe, the summary goes to stderr: the data stream holds the data only.
      const report = written === 'in place' ? console.error : console.log;
      report(`atlas export: ${nodes} nodes, ${edges} relationships → ${options.out} (${what}, ${kb} kB, ${ms} ms)`);
    });
}

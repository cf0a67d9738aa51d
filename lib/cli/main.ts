/**
 * The `atlas` command
 * ===================
 * Build, validate and inspect the knowledge graph from the command line (and, with Neo4j, load it). Every
 * command exits with a documented code (lib/cli/exit-codes) and prints errors prefixed with their origin.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { AtlasDataError } from '../graph/errors';
import { assignLayout } from '../graph/layout';
import { buildKnowledgeGraph } from '../ingest/build';
import { DEFAULT_DATA_DIR, readInputs } from '../ingest/read';
import { isAtlasError } from '../store/errors';
import { causeLine } from '../security/redact';
import { EXIT } from './exit-codes';
import { registerExportCommand } from './export';
import { registerQueryCommand } from './query';
import { registerLoad } from './load';
import { dataOption, outOption } from './options';
import { refuseDataFileTarget } from './data-files';
import { refuseMissingEnvDataFolder } from './data-folder';
import { OutputFileError, writeOutputFile } from './output';
import { formatSummary, summarize } from './stats';

/** The version in package.json (read at run time: the CLI runs from the sources, with no build step). */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
}

export function createProgram(): Command {
  const program = new Command('atlas')
    .description('Strategy Atlas: build, validate and load the knowledge graph of cyberspace strategy documents.')
    // `atlas --version` is the first thing a bug report asks for.
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      `\nExit codes: ${EXIT.ok} ok · ${EXIT.invalidData} invalid data · ${EXIT.usage} usage or configuration · ${EXIT.unavailable} Neo4j unreachable or refused · ${EXIT.cannotWrite} cannot write the output file · ${EXIT.internal} internal error`,
    );

  program
    .command('build')
    // ARCHITECTURE.md names the CLI's steps ingest, validate, load, export, query: `atlas ingest` is this command.
    .alias('ingest')
    .description(
      'build the graph from the data folder, lay it out, and write it as JSON (graphology serialisation, with provenance)',
    )
    .addOption(dataOption(DEFAULT_DATA_DIR))
    .addOption(outOption('graph-data/build/graph.json'))
    .action((options: { data: string; out: string }) => {
      refuseDataFileTarget('build', options.data, options.out);
      const started = performance.now();
      const kg = buildKnowledgeGraph(readInputs(options.data));
      assignLayout(kg.graph);
      const written = writeOutputFile('build', options.out, `${JSON.stringify(kg.graph.export())}\n`);
      const ms = Math.round(performance.now() - started);
      // Written to /dev/stdout or a pipe, the summary goes to stderr: the data stream holds the data only.
      const report = written === 'in place' ? console.error : console.log;
      report(`atlas build: ${kg.graph.order} nodes, ${kg.graph.size} relationships → ${options.out} (${ms} ms)`);
    });

  program
    .command('validate')
    .description('check the data folder: schemas, ids, aliases, references, provenance quotes; nothing is written')
    .addOption(dataOption(DEFAULT_DATA_DIR))
    .action((options: { data: string }) => {
      const kg = buildKnowledgeGraph(readInputs(options.data));
      console.log(`atlas validate: ${options.data} is valid (${kg.graph.order} nodes, ${kg.graph.size} relationships)`);
    });

  program
    .command('stats')
    .description("counts by node type, relationship type, modality, kind and each document's commitments")
    .addOption(dataOption(DEFAULT_DATA_DIR))
    .option('--json', 'print JSON')
    .action((options: { data: string; json?: boolean }) => {
      const summary = summarize(buildKnowledgeGraph(readInputs(options.data)));
      console.log(options.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    });

  registerLoad(program);
  registerExportCommand(program, DEFAULT_DATA_DIR);
  registerQueryCommand(program, DEFAULT_DATA_DIR);
  // A missing ATLAS_DATA_DIR folder is the environment's mistake (exit 2, naming it), not a data problem.
  program.hook('preAction', (_program, action) => refuseMissingEnvDataFolder(action));

  // Commander's own usage errors open with a bare "error: …"; like every other CLI message they name their origin,
  // so a CI log shows which command refused (`atlas stats: unknown option '--bogus'`).
  for (const command of [program, ...program.commands]) {
    const origin = command === program ? 'atlas' : `atlas ${command.name()}`;
    command.configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, `${origin}: `)) });
  }

  return program;
}

/** `message` prefixed with `atlas <command>: ` unless it already names the CLI as its origin. */
export function withOrigin(argv: readonly string[], message: string): string {
  if (message.startsWith('atlas')) return message;
  const command = argv.find((arg) => !arg.startsWith('-'));
  return `${command ? `atlas ${command}` : 'atlas'}: ${message}`;
}

/** Runs the CLI and returns the exit code (never calls process.exit itself, so tests can call it). */
export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ConfigError) {
      // The environment is the user's to fix, like a wrong option: one line, no stack.
      console.error(error.message);
      return EXIT.usage;
    }
    if (error instanceof OutputFileError) {
      console.error(error.message);
      return EXIT.cannotWrite;
    }
    if (error instanceof AtlasDataError) {
      console.error(error.message);
      return EXIT.invalidData;
    }
    if (isAtlasError(error)) {
      // A refused parameter or an unknown name is worded for the API too ("unknown query …"): at a terminal it says
      // which command refused it, as every other CLI message does.
      if (error.status === 400 || error.status === 404) {
        console.error(`${withOrigin(argv, error.message)}`);
        return EXIT.usage;
      }
      // The driver's own words (a TLS hint, the address tried) help at a terminal; credentials in a URI are cut.
      const cause = error.cause instanceof Error ? ` (${causeLine(error.cause)})` : '';
      console.error(`${error.message}${cause}`);
      return error.status === 503 ? EXIT.unavailable : EXIT.internal;
    }
    console.error(
      `atlas: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.internal;
  }
}

const invokedDirectly = process.argv[1] && /lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedDirectly || process.env.ATLAS_CLI === '1') {
  // `atlas query … | head` closes the pipe before the table is written: the reader is done, which is no crash to
  // print a stack trace for. Any other failure to write stdout still is one.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

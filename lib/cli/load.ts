/**
 * atlas load
 * ==========
 * Builds (or generates) the graph, checks Neo4j answers and accepts the credentials, then loads with a progress
 * bar and prints the final counts. `--dry-run` prints the plan and touches nothing.
 */
import type { Command } from 'commander';
import { config, ConfigError } from '../config';
import { assignLayout } from '../graph/layout';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { generateSyntheticGraph } from '../graph/synthetic';
import { buildKnowledgeGraph } from '../ingest/build';
import { DEFAULT_DATA_DIR, readInputs } from '../ingest/read';
import { InvalidInputError } from '../store/errors';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../store/neo4j/driver';
import { mapNeo4jError } from '../store/neo4j/errors';
import { DEFAULT_BATCH_SIZE, loadGraph, planLoad } from '../store/neo4j/loader';
import { residentDocuments } from '../store/neo4j/resident';
import { withoutCredentials } from '../security/redact';
import { loadProgress } from './load-progress';
import { dataOption } from './options';

interface LoadOptions {
  data: string;
  synthetic?: string;
  dryRun?: boolean;
  replace?: boolean;
  batchSize: string;
  progress: boolean;
}

/** Decimal digits only, as the API reads numbers: Number() would also take "0x10", "1e3" and " 7 ". */
function wholeNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

function graphFor(options: LoadOptions): KnowledgeGraph {
  if (options.synthetic !== undefined) {
    const order = wholeNumber(options.synthetic);
    if (!Number.isInteger(order) || order < 20)
      throw new InvalidInputError(
        `atlas load: --synthetic needs a whole number of nodes ≥ 20 (got "${options.synthetic}")`,
        'synthetic',
      );
    return generateSyntheticGraph(order);
  }
  const kg = buildKnowledgeGraph(readInputs(options.data));
  assignLayout(kg.graph);
  return kg;
}

/** A generated graph is for throw-away databases: one holding documents is replaced only with --replace. */
async function refuseToReplaceDocuments(driver: Driver, database: string): Promise<void> {
  const documents = await residentDocuments(driver, database).catch((error: unknown) => {
    throw mapNeo4jError(error, 'atlas load');
  });
  if (documents.length === 0) return;
  const named = documents.map((doc) => `${doc.id} (${doc.title})`).join(', ');
  throw new ConfigError(
    `atlas load: database "${database}" holds the atlas of ${named}; --synthetic would replace it: ` +
      'point NEO4J_URI or NEO4J_DATABASE at a throw-away database, or add --replace to replace it',
  );
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description(
      'load the graph into Neo4j (NEO4J_URI …): constraints, batched writes (MERGE on the stable ids; CREATE into a database with no atlas data), then removal of what the sources no longer hold',
    )
    .addOption(dataOption(DEFAULT_DATA_DIR))
    .option(
      '--synthetic <n>',
      'load a generated graph of n nodes and about 5n relationships instead of the data folder (benchmarks, fault tests); it replaces the atlas data in that database, and is refused where that holds documents unless --replace',
    )
    .option('--replace', "with --synthetic: replace the documents' graph that database holds (refused without it)")
    .option('--dry-run', 'print the plan; write nothing')
    .option('--batch-size <n>', 'rows per transaction', String(DEFAULT_BATCH_SIZE))
    .option('--no-progress', 'no progress bar or progress lines')
    .action(async (options: LoadOptions, command: Command) => {
      // The generated graph ignores the data folder: a --data beside it would be silently unused.
      if (options.synthetic !== undefined && command.getOptionValueSource('data') === 'cli')
        throw new InvalidInputError(
          `atlas load: --synthetic generates its graph and reads no data folder: leave out --data ${options.data}`,
          'data',
        );
      const batchSize = wholeNumber(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new InvalidInputError(
          `atlas load: --batch-size needs a positive whole number (got "${options.batchSize}")`,
          'batch-size',
        );
      const kg = graphFor(options);
      if (options.dryRun) {
        const plan = planLoad(kg, batchSize);
        console.log(`atlas load --dry-run: load id ${plan.loadId}`);
        console.log(`  constraints: ${plan.constraints.length} (created if missing)`);
        console.log(`  nodes: ${plan.nodes} ${JSON.stringify(plan.nodesByType)}`);
        console.log(`  relationships: ${plan.relationships} ${JSON.stringify(plan.relationshipsByType)}`);
        console.log(
          `  transactions: ${plan.transactions} of up to ${batchSize} rows (${plan.batches.length} statements), then removal of anything not in this load`,
        );
        return;
      }
      const settings = config().neo4j;
      // No address is a configuration to fix (exit 2), not a database that went away (exit 3).
      if (!settings)
        throw new ConfigError(
          'atlas load: NEO4J_URI is not set: set it to your Neo4j, e.g. NEO4J_URI=bolt://127.0.0.1:7687 after `npm run neo4j:start` (which starts one)',
        );
      const driver = createDriver(settings, { purpose: 'load' });
      try {
        try {
          await driver.verifyConnectivity({ database: settings.database });
        } catch (error) {
          // The address helps ("which Neo4j?"), a password written into it must not reach the terminal or a CI log.
          throw mapNeo4jError(error, `atlas load: ${withoutCredentials(settings.uri)}`);
        }
        if (options.synthetic !== undefined && !options.replace)
          await refuseToReplaceDocuments(driver, settings.database);
        const progress = loadProgress(options.progress, process.stderr.isTTY === true, (line) => console.error(line));
        progress.start(kg.graph.order + kg.graph.size);
        const result = await loadGraph(driver, kg, {
          database: settings.database,
          batchSize,
          onProgress: (step) => progress.update(step),
        });
        progress.stop();
        const seconds = result.ms / 1000;
        console.log(
          `atlas load: ${result.nodes} nodes, ${result.relationships} relationships in ${seconds.toFixed(1)} s ` +
            `(${Math.round((result.nodes + result.relationships) / Math.max(seconds, 0.001))} items/s, ` +
            `${result.mode === 'create' ? 'created in an empty database' : 'merged with the data there'}); ` +
            `removed ${result.removedNodes} nodes and ${result.removedRelationships} relationships no longer in the sources; load id ${result.loadId}`,
        );
      } finally {
        await driver.close();
      }
    });
}

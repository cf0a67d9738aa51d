/**
 * `atlas query`
 * =============
 * Runs a named query (lib/queries) from the command line: `atlas query actions-for-forum --param forum=arf`.
 * Without a name it lists the queries and their parameters. Bad input exits 2 with the message naming the field,
 * exactly as the API answers 400/404.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { describeNamedQueries } from '../queries/registry';
import { InvalidInputError, NotFoundError } from '../store/errors';
import { dataOption } from './options';
import { emptyStoreNote, withStore } from './store';
import { formatTable } from './table';

/** Collects repeated `--param key=value` options; a malformed one is a usage error naming it. */
export function collectParam(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const match = /^([A-Za-z][\w-]*)=(.*)$/s.exec(value);
  if (!match) throw new InvalidArgumentError(`expected key=value, got "${value}"`);
  const [, key, text] = match as unknown as [string, string, string];
  if (key in previous) throw new InvalidArgumentError(`parameter "${key}" given twice`);
  return { ...previous, [key]: text };
}

export function formatQueryList(): string {
  return describeNamedQueries()
    .map((query) => {
      const params = query.parameters.map((p) => {
        const range = p.min !== undefined && p.max !== undefined ? ` ${p.min}–${p.max}` : '';
        const fallback = p.default !== undefined ? `, default ${p.default}` : '';
        return `    ${p.name} (${p.type}${range}${p.required ? ', required' : fallback}): ${p.description}`;
      });
      return [`  ${query.name}: ${query.description}`, ...params].join('\n');
    })
    .join('\n');
}

export function registerQueryCommand(program: Command, defaultDataDir: string): void {
  program
    .command('query')
    .description('run a named query (without a name: list them); Neo4j when NEO4J_URI is set, else the data folder')
    .argument('[name]', 'the query, e.g. actions-for-forum')
    .option('-p, --param <key=value>', 'a parameter (repeatable), e.g. --param forum=arf', collectParam)
    .option('--json', 'print the answer as JSON ({columns, rows, nodes, edges})')
    .addOption(dataOption(defaultDataDir, 'data folder (memory store)'))
    .addHelpText('after', `\nQueries:\n${formatQueryList()}`)
    .action(
      async (
        name: string | undefined,
        options: { param?: Record<string, string>; json?: boolean; data: string },
        command: Command,
      ) => {
        if (!name) {
          if (options.param) throw new InvalidInputError('atlas query: --param needs a query name');
          console.log(`Named queries:\n${formatQueryList()}`);
          return;
        }
        const dataGiven = command.getOptionValueSource('data') === 'cli' ? { command: 'query' } : undefined;
        const { result, note } = await withStore({ data: options.data, dataGiven }, async (store) => {
          let answer;
          try {
            answer = await store.runQuery(name, options.param ?? {});
          } catch (error) {
            // "unknown forum "arf"" from a database nobody loaded: the id is fine, the data is missing.
            const empty = error instanceof NotFoundError ? await emptyStoreNote('query', store) : undefined;
            if (empty) console.error(empty);
            throw error;
          }
          return { result: answer, note: answer.rows.length === 0 ? await emptyStoreNote('query', store) : undefined };
        });
        if (note) console.error(note);
        if (options.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        console.log(formatTable(result.columns, result.rows));
        console.log(
          `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated)' : ''}`,
        );
      },
    );
}

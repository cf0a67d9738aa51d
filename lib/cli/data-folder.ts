/**
 * A data folder named by ATLAS_DATA_DIR
 * =====================================
 * `--data` defaults to ATLAS_DATA_DIR. When that variable names no folder, the user never typed the path the data
 * problem would quote ("/nope: a data folder holds … it does not exist", exit 1): what is wrong is the environment,
 * so, as `npm start` says it (lib/startup.ts), the command stops with exit 2 naming the variable. Only where the
 * command is about to read the folder: `load --synthetic`, a `query`/`export` answered by Neo4j and the list of
 * queries read none. A `--data` typed on the command line is the data's to report, as before.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { config, ConfigError } from '../config';
import { isFolder } from '../startup';

/** Whether `action` (the command commander is about to run) reads its data folder. */
function readsDataFolder(action: Command): boolean {
  const name = action.name();
  if (name === 'load') return action.opts().synthetic === undefined;
  if (name === 'query' && action.args.length === 0) return false;
  if (name === 'query' || name === 'export') return config().backend === 'memory';
  return true;
}

/** Throws ConfigError (exit 2) when `action` would read a data folder that ATLAS_DATA_DIR names and that is missing. */
export function refuseMissingEnvDataFolder(action: Command, env = process.env, cwd = process.cwd()): void {
  if (!action.options.some((option) => option.attributeName() === 'data')) return;
  if (action.getOptionValueSource('data') !== 'default') return;
  const fromEnv = env.ATLAS_DATA_DIR?.trim() ? env.ATLAS_DATA_DIR : undefined;
  if (fromEnv === undefined || !readsDataFolder(action)) return;
  const folder = resolve(cwd, fromEnv);
  if (isFolder(folder)) return;
  throw new ConfigError(
    `atlas ${action.name()}: ATLAS_DATA_DIR: no data folder at "${folder}" (unset ATLAS_DATA_DIR to read graph-data, or give --data <dir>)`,
  );
}

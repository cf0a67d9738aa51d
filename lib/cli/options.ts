/**
 * Shared CLI options
 * ==================
 * The options several commands take (`--data`, `--out`), declared once so they refuse the same bad values the same
 * way: an empty path (`--data ''`, an unset shell variable) is a usage error naming the option, not a search for
 * a folder called "".
 */
import { InvalidArgumentError, Option } from 'commander';

function nonEmpty(what: string): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError(`${what} cannot be empty.`);
    return value;
  };
}

export function dataOption(defaultDir: string, description = 'data folder'): Option {
  return new Option('-d, --data <dir>', description).default(defaultDir).argParser(nonEmpty('The data folder'));
}

export function outOption(defaultFile?: string): Option {
  const option = new Option('-o, --out <file>', 'output file').argParser(nonEmpty('The output file'));
  return defaultFile === undefined ? option.makeOptionMandatory() : option.default(defaultFile);
}

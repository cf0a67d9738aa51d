/**
 * Shared CLI options
 * ==================
 * The options several commands take (`--data`, `--out`), declared once so they refuse the same bad values the same
 * way: an empty path (`--data ''`, an unset shell variable) is a usage error naming the option, not a search for
 * a folder called "". `--data` defaults to ATLAS_DATA_DIR in every command. A choice (`--format GEXF`) is read
 * whatever its case, as the API reads its parameters.
 */
import { InvalidArgumentError, Option } from 'commander';

function nonEmpty(what: string): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError(`${what} cannot be empty.`);
    return value;
  };
}

/**
 * `--data`, defaulting to ATLAS_DATA_DIR (as the app does) and else to `defaultDir`. Read when the program is made:
 * a fixed default would always win over the variable, which the README says the CLI reads. Blank is unset, as in
 * lib/config.
 */
export function dataOption(defaultDir: string, description = 'data folder'): Option {
  const fromEnv = process.env.ATLAS_DATA_DIR?.trim() ? process.env.ATLAS_DATA_DIR : undefined;
  return new Option('-d, --data <dir>', description)
    .default(fromEnv ?? defaultDir, fromEnv ? `ATLAS_DATA_DIR: "${fromEnv}"` : `"${defaultDir}", or ATLAS_DATA_DIR`)
    .argParser(nonEmpty('The data folder'));
}

export function outOption(defaultFile?: string): Option {
  const option = new Option('-o, --out <file>', 'output file').argParser(nonEmpty('The output file'));
  return defaultFile === undefined ? option.makeOptionMandatory() : option.default(defaultFile);
}

/** An option taking one of `choices`, in any case (`--format GEXF` is gexf); help still lists the choices. */
export function choiceOption<C extends string>(flags: string, description: string, choices: readonly C[]): Option {
  return new Option(flags, description).choices(choices).argParser((value: string): C => {
    const choice = choices.find((candidate) => candidate === value.trim().toLowerCase());
    if (choice === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return choice;
  });
}

/**
 * CLI exit codes
 * ==============
 * One meaning per code, so scripts and CI can react: documented in the README and in `atlas --help`.
 */
export const EXIT = {
  ok: 0,
  /** The data is invalid (the message lists every problem with file, line and field). */
  invalidData: 1,
  /** Wrong usage or configuration: an unknown command, option or parameter; an invalid environment. */
  usage: 2,
  /** Neo4j is unreachable or refused the credentials. */
  unavailable: 3,
  /** The output file cannot be written (sysexits' EX_CANTCREAT). */
  cannotWrite: 73,
  /** Anything unexpected. */
  internal: 70,
} as const;

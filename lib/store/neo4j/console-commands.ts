/**
 * Console commands
 * ================
 * Which of Neo4j's SHOW and TERMINATE commands the Cypher console runs. Neo4j plans them as reads, so the
 * read-only check lets them through, yet `SHOW SETTINGS` reads the server's configuration, `SHOW TRANSACTIONS`
 * other sessions' queries (what the refused `dbms.listConfig` and `dbms.listTransactions` procedures would), and
 * `TERMINATE TRANSACTIONS` ends them (another analyst's query, or a load in progress). Read from the EXPLAIN plan's
 * operators rather than the text, so no spelling (`CYPHER 5 …`, a `SHOW … YIELD … TERMINATE` chain, comments)
 * gets past it.
 */

/** The commands that only describe the schema and the callable catalogue, as the procedure allowlist does. */
const ALLOWED_COMMANDS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

/** The part of a plan this check reads (neo4j-driver's `Plan`). */
export interface PlanOperator {
  operatorType: string;
  children?: PlanOperator[];
}

/** The plan's operator names, without the `@<database>` Neo4j appends to them. */
function operatorNames(plan: PlanOperator): string[] {
  const names = [plan.operatorType.split('@')[0] ?? ''];
  for (const child of plan.children ?? []) names.push(...operatorNames(child));
  return names;
}

/**
 * The first SHOW or TERMINATE command in the plan that the console does not run, in Cypher's words
 * (`ShowSettings` → "SHOW SETTINGS"), or undefined when there is none.
 */
export function refusedCommand(plan: PlanOperator | false | null | undefined): string | undefined {
  if (!plan) return undefined;
  const refused = operatorNames(plan).find(
    (name) => /^(?:Show|Terminate)[A-Z]/.test(name) && !ALLOWED_COMMANDS.has(name),
  );
  return refused?.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** What the console allows, for the refusal's message. */
export const ALLOWED_COMMAND_WORDS = 'SHOW INDEXES, SHOW CONSTRAINTS, SHOW FUNCTIONS, SHOW PROCEDURES';

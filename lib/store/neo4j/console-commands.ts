/**
 * Console commands
 * ================
 * Which of Neo4j's SHOW and TERMINATE commands the Cypher console runs. Neo4j plans them as reads, so the
 * read-only check lets them through, yet `SHOW SETTINGS` reads the server's configuration, `SHOW TRANSACTIONS`
 * other sessions' queries (what the refused `dbms.listConfig` and `dbms.listTransactions` procedures would), and
 * `TERMINATE TRANSACTIONS` ends them (another analyst's query, or a load in progress). Read from the EXPLAIN plan's
 * operators rather than the text, so no spelling (`CYPHER 5 …`, a `SHOW … YIELD … TERMINATE` chain, comments)
 * gets past it. The plan is read for LOAD CSV and procedure calls too, behind the console's text screen: a
 * spelling that screen misses (quoted names, a `//` inside a string) still shows in the plan as `LoadCSV` or as a
 * `ProcedureCall` naming the procedure.
 */

/** The commands that only describe the schema and the callable catalogue, as the procedure allowlist does. */
const ALLOWED_COMMANDS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

/** The part of a plan this check reads (neo4j-driver's `Plan`). */
export interface PlanOperator {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
}

/** Read-only procedures an analyst may call (schema inspection; Neo4j plans each as a read), lower case. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
]);

/** The plan's operators, depth first. */
function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...(plan.children ?? []).flatMap(operators)];
}

/** An operator's name, without the `@<database>` Neo4j appends to it. */
function operatorName(operator: PlanOperator): string {
  return operator.operatorType.split('@')[0] ?? '';
}

/** The procedure a ProcedureCall operator calls: its Details start with the name (`db.info() :: (id :: …)`). */
function procedureName(operator: PlanOperator): string {
  const details = operator.arguments?.Details;
  return (typeof details === 'string' ? details : '').split('(')[0]?.replace(/[`\s]/g, '') ?? '';
}

/**
 * What in the plan the console refuses besides the commands: `LOAD CSV`, or `procedure <name>` for a call outside
 * ALLOWED_PROCEDURES (one whose name the plan does not show counts as outside); undefined when nothing.
 */
export function refusedOperation(plan: PlanOperator | false | null | undefined): string | undefined {
  if (!plan) return undefined;
  for (const operator of operators(plan)) {
    const name = operatorName(operator);
    if (name === 'LoadCSV') return 'LOAD CSV';
    if (name === 'ProcedureCall') {
      const procedure = procedureName(operator);
      if (!ALLOWED_PROCEDURES.has(procedure.toLowerCase())) return `procedure ${procedure || '(unnamed)'}`;
    }
  }
  return undefined;
}

/**
 * The first SHOW or TERMINATE command in the plan that the console does not run, in Cypher's words
 * (`ShowSettings` → "SHOW SETTINGS"), or undefined when there is none.
 */
export function refusedCommand(plan: PlanOperator | false | null | undefined): string | undefined {
  if (!plan) return undefined;
  const refused = operators(plan)
    .map(operatorName)
    .find((name) => /^(?:Show|Terminate)[A-Z]/.test(name) && !ALLOWED_COMMANDS.has(name));
  return refused?.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** What the console allows, for the refusal's message. */
export const ALLOWED_COMMAND_WORDS = 'SHOW INDEXES, SHOW CONSTRAINTS, SHOW FUNCTIONS, SHOW PROCEDURES';

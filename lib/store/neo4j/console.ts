/**
 * Cypher console
 * ==============
 * Runs user-supplied Cypher so that it cannot change the data or hold the server: the plan's query type must be
 * read-only (EXPLAIN first, nothing executed), the transaction is opened in READ access mode with a server-side
 * timeout (and a client-side guard), rows stream until the row cap or the answer's size limit, and LOAD CSV and
 * non-allowlisted procedures are refused outright because a read-only query could still read files, call out, or
 * administer the DBMS (by the text, and again by the plan, which no spelling changes); so are the SHOW and
 * TERMINATE commands beyond the schema's (console-commands.ts), which Neo4j plans as reads.
 *
 * Neo4j ends a timed-out transaction only at its next check, and some expressions (a `reduce` over a huge range)
 * never check: such a query runs on after its timeout. So the answer (504) does not wait for it, and each query
 * holds one of a few console slots until Neo4j has really ended it: runaway queries cannot pile up on the server.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { AtlasConfig } from '../../config';
import { BusyError, InvalidInputError, QueryTimeoutError } from '../errors';
import type { QueryResult } from '../types';
import { toPlain, type ConvertedNode, type ConvertedRelationship } from './convert';
import { ALLOWED_COMMAND_WORDS, ALLOWED_PROCEDURES, refusedCommand, refusedOperation } from './console-commands';
import { mapNeo4jError } from './errors';
import { ATLAS_LABEL } from './records';

/** Every console error starts with it, as the ones Neo4j's own refusals are mapped to (errors.ts). */
const ORIGIN = 'cypher';

const LOAD_CSV_REFUSAL = `${ORIGIN}: refused: LOAD CSV reads files and URLs; the console only reads the graph`;

function procedureRefusal(name: string): string {
  return `${ORIGIN}: refused: procedure ${name} is not allowed in the console (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`;
}

/**
 * The answer's size so far, in characters of JSON: the row cap bounds rows, not what they hold (one row of a 16 MB
 * string, or of a list of a million numbers, went to the browser whole).
 */
export class AnswerBudget {
  private used = 0;
  constructor(private readonly maxChars: number) {}

  /** Counts `row` in; false (and nothing counted) when it would pass the limit. */
  take(row: unknown[]): boolean {
    const size = JSON.stringify(row).length + 1;
    if (this.used + size > this.maxChars) return false;
    this.used += size;
    return true;
  }
}

/** Console queries of this process still running in Neo4j (answered or not). */
let running = 0;

const QUERY_TYPES: Record<string, string> = {
  r: 'reads',
  rw: 'reads and writes',
  w: 'writes',
  s: 'changes the schema or administers the DBMS',
};

/** What the read-only check puts before the user's query; Neo4j's syntax errors count it in their positions. */
const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * Neo4j's positions ("line 1, column 19 (offset: 18)") are in the text it parsed, which for the read-only check is
 * `EXPLAIN ` + the query: take the prefix off again, so they point into the query the user wrote.
 */
export function withoutPrefixPositions(message: string, prefixLength: number): string {
  return message.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_match, line, column, offset) => {
    const lineNumber = Number(line);
    const col = lineNumber === 1 ? Math.max(1, Number(column) - prefixLength) : Number(column);
    return `(line ${lineNumber}, column ${col} (offset: ${Math.max(0, Number(offset) - prefixLength)}))`;
  });
}

/**
 * The query with comments and string literals blanked and backticked names unquoted, in one left-to-right pass: a
 * `//` inside a string is no comment (stripping comments first hid the rest of the line, `WITH '//' AS x LOAD CSV
 * …`, from every check), and `` `db`.`info` `` is the procedure db.info. A quoted name that is no plain identifier
 * (spaces, symbols) becomes `_`, so its words are never read as keywords.
 */
export function codeOf(query: string): string {
  return query.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`((?:[^`]|``)*)`/g,
    (token, quoted: string | undefined) => {
      if (quoted !== undefined) return /^[A-Za-z_][\w.]*$/.test(quoted) ? quoted : '_';
      return token.startsWith('/') ? ' ' : "''";
    },
  );
}

/** Refusals that need no server round trip; each names the reason. */
export function screenQuery(query: string): void {
  const code = codeOf(query);
  if (!code.trim()) throw new InvalidInputError(`${ORIGIN}: the query is empty`, 'query');
  if (/\bLOAD\s+CSV\b/i.test(code)) throw new InvalidInputError(LOAD_CSV_REFUSAL, 'query');
  if (/^\s*(?:EXPLAIN|PROFILE)\b/i.test(code))
    throw new InvalidInputError(`${ORIGIN}: refused: write the query without EXPLAIN/PROFILE`, 'query');
  if (/\bUSE\s+[\w`]/i.test(code))
    throw new InvalidInputError(
      `${ORIGIN}: refused: the console runs against the atlas database only (no USE)`,
      'query',
    );
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(code))
    throw new InvalidInputError(`${ORIGIN}: refused: CALL … IN TRANSACTIONS is for writes`, 'query');
  for (const match of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*(?:\s*\.\s*[A-Za-z_][\w]*)*)\s*\(?/gi)) {
    const name = (match[1] ?? '').replace(/\s+/g, '');
    if (!ALLOWED_PROCEDURES.has(name.toLowerCase())) throw new InvalidInputError(procedureRefusal(name), 'query');
  }
}

function present(value: unknown, nodes: Set<string>, edges: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => present(v, nodes, edges));
  if (!value || typeof value !== 'object') return value;
  const kind = (value as { __kind?: string }).__kind;
  if (kind === 'node') {
    const node = value as ConvertedNode;
    const { provenanceJson: _p, loadId: _l, ...properties } = node.properties;
    if (node.labels.includes(ATLAS_LABEL) && typeof properties.id === 'string') nodes.add(properties.id);
    if (properties.type === 'document') delete properties.text;
    return { labels: node.labels.filter((label) => label !== ATLAS_LABEL), ...properties };
  }
  if (kind === 'relationship') {
    const rel = value as ConvertedRelationship;
    const { provenanceJson: _p, loadId: _l, spans: _s, ...properties } = rel.properties;
    if (typeof properties.key === 'string') edges.add(properties.key);
    return { relationship: rel.type, ...properties };
  }
  if (kind === 'path') {
    const path = value as { nodes: ConvertedNode[]; relationships: ConvertedRelationship[] };
    return {
      path: path.nodes.map((n) => present(n, nodes, edges)),
      relationships: path.relationships.map((r) => present(r, nodes, edges)),
    };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, present(v, nodes, edges)]));
}

export async function runCypherConsole(
  driver: Driver,
  database: string,
  limits: AtlasConfig['cypher'],
  query: string,
  params: Record<string, unknown>,
): Promise<QueryResult> {
  if (query.length > limits.maxLength) {
    throw new InvalidInputError(
      `${ORIGIN}: the query is ${query.length} characters; the limit is ${limits.maxLength}`,
      'query',
    );
  }
  screenQuery(query);
  if (running >= limits.maxConcurrent) {
    throw new BusyError(
      `${ORIGIN}: ${running} console ${running === 1 ? 'query is' : 'queries are'} still running ` +
        `(the limit is ${limits.maxConcurrent}; one past its time limit runs until Neo4j stops it); try again shortly`,
    );
  }
  running++;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let guard: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  try {
    const explained = await session
      .executeRead((tx) => tx.run(`${EXPLAIN_PREFIX}${query}`, params), { timeout: limits.timeoutMs })
      .catch((error: unknown) => {
        const mapped = mapNeo4jError(error, ORIGIN);
        throw mapped instanceof InvalidInputError
          ? new InvalidInputError(withoutPrefixPositions(mapped.message, EXPLAIN_PREFIX.length), mapped.field)
          : mapped;
      });
    const queryType = explained.summary.queryType ?? 's';
    if (queryType !== 'r') {
      throw new InvalidInputError(
        `${ORIGIN}: refused: the console is read-only, and this query ${QUERY_TYPES[queryType] ?? queryType}`,
        'query',
      );
    }
    const operation = refusedOperation(explained.summary.plan);
    if (operation) {
      throw new InvalidInputError(
        operation === 'LOAD CSV' ? LOAD_CSV_REFUSAL : procedureRefusal(operation.replace(/^procedure /, '')),
        'query',
      );
    }
    const command = refusedCommand(explained.summary.plan);
    if (command) {
      throw new InvalidInputError(
        `${ORIGIN}: refused: ${command} is not allowed in the console (allowed: ${ALLOWED_COMMAND_WORDS})`,
        'query',
      );
    }
    const run = async (): Promise<QueryResult> => {
      const tx = session.beginTransaction({ timeout: limits.timeoutMs });
      try {
        const result = tx.run(query, params);
        const columns = (await result.keys()).map(String);
        const rows: unknown[][] = [];
        const nodes = new Set<string>();
        const edges = new Set<string>();
        const budget = new AnswerBudget(limits.maxAnswerChars);
        let truncatedBy: 'rows' | 'size' | undefined;
        for await (const record of result) {
          if (rows.length >= limits.rowCap) {
            truncatedBy = 'rows';
            break;
          }
          // A row's nodes are highlighted only if the row is shown.
          const rowNodes = new Set<string>();
          const rowEdges = new Set<string>();
          const row = record.keys.map((key) => present(toPlain(record.get(key)), rowNodes, rowEdges));
          if (!budget.take(row)) {
            truncatedBy = 'size';
            break;
          }
          rows.push(row);
          for (const id of rowNodes) nodes.add(id);
          for (const key of rowEdges) edges.add(key);
        }
        return {
          columns,
          rows,
          nodes: [...nodes],
          edges: [...edges],
          truncated: truncatedBy !== undefined,
          ...(truncatedBy ? { truncatedBy } : {}),
        };
      } finally {
        await tx.rollback().catch(() => undefined);
      }
    };
    // The server's timeout ends most queries; this guard answers for those it cannot stop (see the header).
    const clientTimeout = new Promise<never>((_resolve, reject) => {
      guard = setTimeout(() => {
        timedOut = true;
        reject(new QueryTimeoutError(`${ORIGIN}: the query ran longer than ${limits.timeoutMs} ms`));
      }, limits.timeoutMs + 2000);
    });
    return await Promise.race([run(), clientTimeout]);
  } catch (error) {
    throw mapNeo4jError(error, ORIGIN);
  } finally {
    if (guard) clearTimeout(guard);
    // The slot is free once Neo4j has ended the query: closing the session waits for that.
    const closed = session
      .close()
      .catch(() => undefined)
      .finally(() => running--);
    if (!timedOut) await closed;
  }
}

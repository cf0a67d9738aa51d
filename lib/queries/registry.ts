/**
 * Named queries registry
 * ======================
 * The analyst's questions, each defined once in ./named and listed here, in the order the /query page shows
 * them. Every caller (routes, CLI, both stores) goes through `namedQuery` + `validateQueryParams`, so an unknown
 * query is always a 404 and a bad parameter always a 400 naming the field.
 */
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import { echo, NotFoundError } from '../store/errors';
import type { QueryResult } from '../store/types';
import { actionsForForum } from './named/actions-for-forum';
import { centralForums } from './named/central-forums';
import { commitmentsByModality } from './named/commitments-by-modality';
import { forumsForAction } from './named/forums-for-action';
import { neighborhood } from './named/neighborhood';
import { shortestPath } from './named/shortest-path';
import { validateQueryParams } from './params';
import type { CypherRecord, NamedQuery, QueryDescription } from './types';

export const NAMED_QUERIES: readonly NamedQuery[] = [
  actionsForForum,
  forumsForAction,
  shortestPath,
  neighborhood,
  commitmentsByModality,
  centralForums,
];

const byName = new Map(NAMED_QUERIES.map((definition) => [definition.name, definition]));

export function isNamedQuery(name: string): boolean {
  return byName.has(name);
}

export function namedQuery(name: string): NamedQuery {
  const definition = byName.get(name);
  if (!definition) throw new NotFoundError(`unknown query "${echo(name)}" (queries: ${[...byName.keys()].join(', ')})`);
  return definition;
}

export function describeNamedQueries(): QueryDescription[] {
  return NAMED_QUERIES.map(({ name, title, description, parameters }) => ({
    name,
    title,
    description,
    parameters: parameters.map((parameter) => ({
      ...parameter,
      ...(parameter.nodeTypes ? { nodeTypes: [...parameter.nodeTypes] } : {}),
    })),
  }));
}

/** The memory store's answer: validate, then walk the graph. */
export function runNamedQueryInMemory(kg: KnowledgeGraph, name: string, params: Record<string, unknown>): QueryResult {
  const definition = namedQuery(name);
  return definition.memory(kg, validateQueryParams(definition, params));
}

/**
 * The Neo4j store's answer: validate, run the definition's Cypher with the validated parameters through
 * `execute` (READ mode; records as plain objects, integers as numbers), and let the definition shape the result.
 */
export async function runNamedQueryCypher(
  name: string,
  params: Record<string, unknown>,
  execute: (query: string, params: Record<string, unknown>) => Promise<CypherRecord[]>,
): Promise<QueryResult> {
  const definition = namedQuery(name);
  const valid = validateQueryParams(definition, params);
  return definition.cypher.toResult(await execute(definition.cypher.query, valid), valid);
}

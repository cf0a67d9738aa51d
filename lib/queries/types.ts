/**
 * Named query definitions
 * =======================
 * The shape every named question takes: its typed parameters (for the API, the form and the CLI), one zod schema
 * that validates them, and two implementations — graphology for the memory store, parameterised Cypher for Neo4j —
 * that must give identical answers, ordering included (the contract suite compares them).
 */
import type { z } from 'zod';
import type { KnowledgeGraph } from '../graph/knowledge-graph';
import type { NodeType } from '../graph/schema';
import type { QueryResult } from '../store/types';

export type QueryParameterType = 'entity' | 'action' | 'node' | 'integer' | 'modality' | 'boolean';

/** A parameter as GET /api/queries describes it: enough for a form, a CLI help line or a script. */
export interface QueryParameter {
  name: string;
  type: QueryParameterType;
  description: string;
  required: boolean;
  default?: number | string | boolean;
  min?: number;
  max?: number;
  /** For id parameters: the node types that the id must name. */
  nodeTypes?: readonly NodeType[];
}

/**
 * One record of a Cypher answer as the Neo4j store hands it over: `record.toObject()` with Neo4j integers
 * converted to numbers and nodes to their property maps.
 */
export type CypherRecord = Record<string, unknown>;

export interface CypherImplementation<P> {
  /** Parameterised Cypher, run in READ mode with the validated parameters as they are. */
  query: string;
  /** Turns the records into the answer; throws NotFoundError when the query reports an unknown id. */
  toResult(records: CypherRecord[], params: P): QueryResult;
}

/**
 * Methods (not function properties) on purpose: their parameters are checked bivariantly, so a definition for
 * specific parameters still fits the registry's list of definitions.
 */
export interface NamedQuery<P extends Record<string, unknown> = Record<string, unknown>> {
  /** The query's handle in URLs, the API and the CLI. */
  name: string;
  /** What a reader calls it (page headings, buttons). */
  title: string;
  description: string;
  parameters: readonly QueryParameter[];
  /** Strict: an unknown parameter is an error. Ids are checked for form here, for existence by the implementations. */
  schema: z.ZodType<P>;
  memory(kg: KnowledgeGraph, params: P): QueryResult;
  cypher: CypherImplementation<P>;
}

/** What GET /api/queries lists: a definition without its implementations. */
export interface QueryDescription {
  name: string;
  title: string;
  description: string;
  parameters: QueryParameter[];
}

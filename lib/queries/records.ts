/**
 * Cypher record checks
 * ====================
 * The named queries read Neo4j's answers through zod, so a loader or driver change that alters a property's
 * type fails loudly with the query's name instead of producing a subtly different table.
 */
import type { z } from 'zod';
import type { CypherRecord } from './types';

export function parseRecord<T>(schema: z.ZodType<T>, record: CypherRecord | undefined, query: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    `lib/queries/${query}: unexpected Cypher record at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`,
  );
}

export function parseRecords<T>(schema: z.ZodType<T>, records: readonly CypherRecord[], query: string): T[] {
  return records.map((record) => parseRecord(schema, record, query));
}

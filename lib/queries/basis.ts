/**
 * Relationship basis in answers
 * =============================
 * Every relationship is stated by the text or curated (knowledge the text does not state, with the curator's note).
 * The named queries carry that basis into their answers, so that no page or script cites a curated link as the
 * text's. Both stores hand over the same facts, `{key, basis, note}`; this module folds them into an answer's
 * `curated` list. UNDER, MAKES, DEFINES, HAS_SECTION and MENTIONS come from the text only (lib/ingest/curation
 * refuses to curate them), so the queries fetch the basis of the other relationships only.
 */
import { z } from 'zod';
import type { AtlasGraph } from '../graph/knowledge-graph';
import type { CuratedEdge } from '../store/types';
import { compareText } from './order';

export interface EdgeBasis {
  basis: string;
  /** The curator's note: Neo4j answers null where the memory graph has none. */
  note?: string | null;
}

export interface EdgeFact extends EdgeBasis {
  key: string;
}

/** The fields a Cypher record gives for a relationship's basis (`r.basis`, `r.note`). */
export const edgeBasisFields = { basis: z.string(), note: z.string().nullable().optional() };

export function isCurated(fact: EdgeBasis): boolean {
  return fact.basis === 'curated';
}

/** Memory side: the basis and note of an edge by its key (its attributes, as loaded into Neo4j too). */
export function edgeBasis(graph: AtlasGraph, key: string): EdgeBasis {
  const { basis, note } = graph.getEdgeAttributes(key);
  return { basis, note };
}

/** The curated facts among `keys` (the answer's edges), each once, in key order. */
export function curatedAmong(facts: Iterable<EdgeFact>, keys: readonly string[]): CuratedEdge[] {
  const wanted = new Set(keys);
  const notes = new Map<string, string>();
  for (const fact of facts) if (isCurated(fact) && wanted.has(fact.key)) notes.set(fact.key, fact.note ?? '');
  return [...notes].sort((a, b) => compareText(a[0], b[0])).map(([edge, note]) => ({ edge, note }));
}

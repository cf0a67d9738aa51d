/**
 * Matrix in Neo4j
 * ===============
 * The forum × action matrix's links, read through the store's checked read: each commitment UNDER a plan-of-action
 * item with each forum it INVOLVES and, with `parts`, each forum that a body it involves is PART_OF at any depth.
 * lib/queries/matrix assembles them, as it does for the memory store (the contract suite compares the two).
 */
import { FORUM_TYPES } from '../../graph/schema';
import { assembleMatrix, type MatrixLink } from '../../queries/matrix';
import type { MatrixOptions, MatrixView, SearchResult } from '../types';
import { ATLAS_LABEL } from './records';

type Read = (query: string, params?: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

const ACTIONS = `MATCH (a:Action) OPTIONAL MATCH (d:${ATLAS_LABEL} {id: a.documentId})
RETURN a.id AS id, a.label AS label, a.documentId AS documentId, coalesce(d.date, '') AS documentDate, a.number AS number`;

const FORUMS = `MATCH (f:${ATLAS_LABEL}) WHERE f.type IN $forumTypes
RETURN f.id AS id, f.label AS label, f.type AS type, f.aliases AS aliases`;

/** The forums a commitment's sentence involves (`via` is the forum itself). */
const DIRECT_LINKS = `MATCH (a:Action)<-[:UNDER]-(c:Commitment)-[i:INVOLVES]->(f:${ATLAS_LABEL}) WHERE f.type IN $forumTypes
RETURN a.id AS action, f.id AS forum, c.id AS commitment, c.start AS start, i.basis = 'curated' AS curated, f.id AS via`;

/**
 * Also the forums the involved body is part of: zero PART_OF steps is the body itself, so the direct links are
 * among these. DISTINCT, since two PART_OF paths from a body to the same forum are one link.
 */
const PART_LINKS = `MATCH (a:Action)<-[:UNDER]-(c:Commitment)-[i:INVOLVES]->(b:${ATLAS_LABEL})-[:PART_OF*0..]->(f:${ATLAS_LABEL})
WHERE f.type IN $forumTypes
RETURN DISTINCT a.id AS action, f.id AS forum, c.id AS commitment, c.start AS start, i.basis = 'curated' AS curated,
  b.id AS via`;

export async function readMatrix(read: Read, options: MatrixOptions = {}): Promise<MatrixView> {
  const forumTypes = [...FORUM_TYPES];
  const [actions, forums, links] = await Promise.all([
    read(ACTIONS),
    read(FORUMS, { forumTypes }),
    read(options.parts ? PART_LINKS : DIRECT_LINKS, { forumTypes }),
  ]);
  return assembleMatrix(
    actions as unknown as Parameters<typeof assembleMatrix>[0],
    forums as unknown as SearchResult[],
    links as unknown as MatrixLink[],
    options,
  );
}

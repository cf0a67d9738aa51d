/**
 * Commitments filter
 * ==================
 * GET /api/commitments?forum=&action=&modality=&kind=&document=&q=, checked the way the named queries check their parameters
 * (same normalisation, same node types, same 404 messages), so that a typo or an id of the wrong kind is a 404 and
 * never an empty list. The checks go through the store interface only, so both stores refuse identically. `q` is a
 * text every word of which the sentence must contain (lib/queries/sentence-match.ts says how words are compared).
 */
import { z } from 'zod';
import { commitmentKindSchema, DEFINED_TYPES } from '../graph/schema';
import { MAX_SENTENCE_QUERY, sentenceTerms } from './sentence-match';
import type { AtlasStore, CommitmentFilter, CommitmentRow } from '../store/types';
import { actionsForForum } from './named/actions-for-forum';
import { idField, modalityField, parameterOf, requireType, unknownModality } from './params';
import type { QueryParameter } from './types';

/** The origin named in refusals, as a named query names itself. */
export const COMMITMENTS_ORIGIN = 'commitments';

/** Strict, like a named query's: `modalty=will` answering with every commitment would look like an answer. */
export const commitmentFilterSchema = z.strictObject({
  forum: idField().optional(),
  action: idField().optional(),
  modality: modalityField().optional(),
  // Case-insensitive like the modality and the ids; the refusal says what the two kinds mean.
  kind: z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(
      z.enum(commitmentKindSchema.options, {
        error: 'must be "self" (the issuer\'s own) or "others" (norms for others)',
      }),
    )
    .optional(),
  // With several documents loaded, one document's commitments (its id, as /api/documents lists them).
  document: idField().optional(),
  // Blank is refused by the route (refuseBlank), not taken as "no text": `q=` from a script whose variable was empty
  // would otherwise answer with every sentence, as if each had matched.
  q: z
    .string()
    .max(MAX_SENTENCE_QUERY, `at most ${MAX_SENTENCE_QUERY} characters`)
    .refine((value) => sentenceTerms(value).length > 0, 'must contain a letter or digit to look for')
    .optional(),
});

/** The forums of actions-for-forum: organisations, forums and processes (not states, principles …). */
const forumParameter: QueryParameter = parameterOf(actionsForForum.parameters, 'forum');

/** What a commitment can be UNDER (its `actionId`): a plan-of-action item, a goal or a principle. */
const actionParameter: QueryParameter = {
  name: 'action',
  type: 'action',
  description: 'the plan-of-action item, goal or principle the commitments are under (its id)',
  required: false,
  nodeTypes: DEFINED_TYPES,
};

/** A document of the atlas (its id); another node's id is refused with what it is. */
const documentParameter: QueryParameter = {
  name: 'document',
  type: 'node',
  description: 'the document the commitments are in (its id)',
  required: false,
  nodeTypes: ['document'],
};

async function requireFilterNode(store: AtlasStore, parameter: QueryParameter, id: string | undefined) {
  if (id === undefined) return;
  const details = await store.node(id);
  requireType(COMMITMENTS_ORIGIN, parameter, id, details?.node.type);
}

/**
 * The commitments matching a filter whose values are already parsed (commitmentFilterSchema). Unknown ids, ids of
 * the wrong type and a modality that no commitment has are 404s; a known modality that only these filters leave
 * out is an empty list. The modality is looked up only when the answer is empty, so a good request costs nothing.
 */
export async function findCommitments(store: AtlasStore, filter: CommitmentFilter): Promise<CommitmentRow[]> {
  await Promise.all([
    requireFilterNode(store, forumParameter, filter.forum),
    requireFilterNode(store, actionParameter, filter.action),
    requireFilterNode(store, documentParameter, filter.document),
  ]);
  const rows = await store.commitments(filter);
  const { modality } = filter;
  if (rows.length === 0 && modality !== undefined) {
    const any =
      filter.forum || filter.action || filter.kind || filter.document || filter.q
        ? await store.commitments({ modality })
        : rows;
    if (any.length === 0) throw unknownModality(COMMITMENTS_ORIGIN, modality);
  }
  return rows;
}

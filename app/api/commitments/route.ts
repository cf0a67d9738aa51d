/**
 * GET /api/commitments?forum=&action=&modality=&kind=&document=&q=: commitments, filtered. Checked like the named
 * queries: a forum must be an organisation, forum or process, an action a plan-of-action item, goal or principle, a
 * document a document, and the modality one that some commitment has; otherwise 404 (an unknown id or a typo never
 * looks like "no results").
 * `q` (words the sentence must all contain) is a 400 when blank, too long or without a letter or digit.
 */
import { otherMethods, parseParams, refuseBlank, respond } from '@/lib/http';
import { commitmentFilterSchema, findCommitments } from '@/lib/queries/commitments';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return respond('commitments', async () => {
    refuseBlank(request.url, ['q']);
    const filter = parseParams(request.url, commitmentFilterSchema);
    return { commitments: await findCommitments(await getStore(), filter) };
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

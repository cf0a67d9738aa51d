/**
 * GET /api/matrix?parts=: plan-of-action items × forums, each cell listing the commitments that link them; with
 * `parts=true` a forum's cells also count the bodies within it (PART_OF at any depth), each saying which (`via`).
 */
import { otherMethods, parseParams, respond } from '@/lib/http';
import { matrixParamsSchema } from '@/lib/queries/matrix';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return respond('matrix', async () => {
    const { parts } = parseParams(request.url, matrixParamsSchema);
    return (await getStore()).matrix({ parts });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

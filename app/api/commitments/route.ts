/** GET /api/commitments?forum=&action=&modality=&kind=: commitments, filtered; unknown ids answer 404. */
import { z } from 'zod';
import { parseParams, respond } from '@/lib/http';
import { getStore } from '@/lib/store';
import { NotFoundError } from '@/lib/store/errors';
import { slugSchema } from '@/lib/graph/schema';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({
  forum: slugSchema.optional(),
  action: slugSchema.optional(),
  modality: z.string().trim().min(1).max(40).optional(),
  kind: z.enum(['self', 'others']).optional(),
});

export async function GET(request: Request) {
  return respond(async () => {
    const filter = parseParams(request.url, paramsSchema);
    const store = await getStore();
    for (const field of ['forum', 'action'] as const) {
      const id = filter[field];
      if (id && !(await store.node(id))) throw new NotFoundError(`unknown ${field} "${id}"`);
    }
    return { commitments: await store.commitments(filter) };
  });
}

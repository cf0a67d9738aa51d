/**
 * GET /api/edges/:id: a relationship, its two ends, and its provenance (or its curation note). The key is read in
 * any case, as node ids are (`part_of:ARF->ASEAN`).
 */
import { normaliseEdgeKey } from '@/lib/graph/ids';
import { otherMethods, respond } from '@/lib/http';
import { getStore } from '@/lib/store';
import { echo, NotFoundError } from '@/lib/store/errors';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond('edges', async () => {
    const id = normaliseEdgeKey((await params).id);
    const details = await (await getStore()).edge(id);
    if (!details) throw new NotFoundError(`unknown edge "${echo(id)}"`);
    return details;
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/** GET /api/edges/:id: a relationship, its two ends, and its provenance (or its curation note). */
import { otherMethods, respond } from '@/lib/http';
import { getStore } from '@/lib/store';
import { echo, NotFoundError } from '@/lib/store/errors';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond('edges', async () => {
    const { id } = await params;
    const details = await (await getStore()).edge(id);
    if (!details) throw new NotFoundError(`unknown edge "${echo(id)}"`);
    return details;
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/** GET /api/nodes/:id: a node, its neighbours by relationship, and the sentences it comes from. */
import { normaliseId } from '@/lib/graph/ids';
import { otherMethods, respond } from '@/lib/http';
import { getStore } from '@/lib/store';
import { echo, NotFoundError } from '@/lib/store/errors';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond('nodes', async () => {
    const id = normaliseId((await params).id);
    const details = await (await getStore()).node(id);
    if (!details) throw new NotFoundError(`unknown node "${echo(id)}"`);
    return details;
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/** GET /api/documents/:id: a document's text with its sections, entity mentions and commitment ranges. */
import { normaliseId } from '@/lib/graph/ids';
import { otherMethods, respond } from '@/lib/http';
import { getStore } from '@/lib/store';
import { echo, NotFoundError } from '@/lib/store/errors';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond('documents', async () => {
    const id = normaliseId((await params).id);
    const view = await (await getStore()).document(id);
    if (!view) throw new NotFoundError(`unknown document "${echo(id)}"`);
    return view;
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

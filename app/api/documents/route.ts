/** GET /api/documents: the documents in the atlas. */
import { otherMethods, respond } from '@/lib/http';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET() {
  return respond('documents', async () => ({ documents: await (await getStore()).documents() }));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/** GET /api/documents: the documents in the atlas. */
import { respond } from '@/lib/http';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET() {
  return respond(async () => ({ documents: await (await getStore()).documents() }));
}

/** GET /api/graph: the whole graph in graphology's serialised form, laid out (x, y, size, colour). */
import { respond } from '@/lib/http';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET() {
  return respond(async () => (await getStore()).graph());
}

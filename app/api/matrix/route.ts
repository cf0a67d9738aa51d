/** GET /api/matrix: plan-of-action items × forums, each cell listing the commitments that link them. */
import { respond } from '@/lib/http';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET() {
  return respond(async () => (await getStore()).matrix());
}

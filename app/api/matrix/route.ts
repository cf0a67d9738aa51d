/** GET /api/matrix: plan-of-action items × forums, each cell listing the commitments that link them. */
import { otherMethods, respond } from '@/lib/http';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET() {
  return respond(async () => (await getStore()).matrix());
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

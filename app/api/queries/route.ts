/** GET /api/queries: the named queries, each with its description and typed parameters (for forms and scripts). */
import { otherMethods, respond } from '@/lib/http';
import { describeNamedQueries } from '@/lib/queries/registry';

export const dynamic = 'force-dynamic';

export async function GET() {
  return respond('queries', async () => ({ queries: describeNamedQueries() }));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

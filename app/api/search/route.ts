/** GET /api/search?q=&limit=: nodes whose label or alias matches, best first. */
import { z } from 'zod';
import { otherMethods, parseParams, respond } from '@/lib/http';
import { integerField } from '@/lib/queries/params';
import { SEARCH_LIMIT_DEFAULT, SEARCH_LIMIT_MAX } from '@/lib/queries/search';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

// Strict: a misspelt `limit` would otherwise be the default, silently.
const paramsSchema = z.strictObject({
  q: z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(200, 'at most 200 characters')
    // Full-width ＡＲＦ (an East Asian keyboard) or a ligature reads as the letters the names are written with.
    .transform((q) => q.normalize('NFKC')),
  limit: integerField(1, SEARCH_LIMIT_MAX, SEARCH_LIMIT_DEFAULT),
});

export async function GET(request: Request) {
  return respond('search', async () => {
    const { q, limit } = parseParams(request.url, paramsSchema);
    return { results: await (await getStore()).search(q, limit) };
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

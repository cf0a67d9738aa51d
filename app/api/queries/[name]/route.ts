/**
 * GET /api/queries/:name?…: runs a named query on the store. 404 for an unknown query or an unknown id, 400
 * naming the field for a bad parameter; the answer is `{columns, rows, nodes, edges, curated}`. Every error of a
 * known query starts with its name (`actions-for-forum: unknown forum "x"`), an unknown query's with `queries`.
 */
import { otherMethods, respond, singleParams } from '@/lib/http';
import { validateQueryParams } from '@/lib/queries/params';
import { isNamedQuery, namedQuery } from '@/lib/queries/registry';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return respond(isNamedQuery(name) ? name : 'queries', async () => {
    const definition = namedQuery(name);
    const valid = validateQueryParams(definition, singleParams(request.url));
    return (await getStore()).runQuery(definition.name, valid);
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/**
 * GET /api/queries/:name?…: runs a named query on the store. 404 for an unknown query or an unknown id, 400
 * naming the field for a bad parameter; the answer is `{columns, rows, nodes?, edges?, curated?}`.
 */
import { otherMethods, respond, singleParams } from '@/lib/http';
import { validateQueryParams } from '@/lib/queries/params';
import { namedQuery } from '@/lib/queries/registry';
import { getStore } from '@/lib/store';
import { InvalidInputError } from '@/lib/store/errors';

export const dynamic = 'force-dynamic';

/** The URL's parameters; a repeated one is refused naming the query, as every other bad parameter here is. */
function queryParams(name: string, url: string): Record<string, string> {
  try {
    return singleParams(url);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError(`${name}: ${error.message}`, error.field);
    throw error;
  }
}

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  return respond(async () => {
    const { name } = await params;
    const definition = namedQuery(name);
    const valid = validateQueryParams(definition, queryParams(definition.name, request.url));
    return (await getStore()).runQuery(definition.name, valid);
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

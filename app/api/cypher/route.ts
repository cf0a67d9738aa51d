/**
 * POST /api/cypher {query, params?}: user-written Cypher for the Neo4j backend. The body is checked here (JSON,
 * a query within the configured length, params an object of JSON values); the store runs it read-only with a
 * timeout and a row cap. 400 refused or invalid, 504 timeout, 501 on the memory backend.
 */
import { otherMethods, respond } from '@/lib/http';
import { parseCypherRequest } from '@/lib/queries/cypher-request';
import { config } from '@/lib/config';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  return respond(async () => {
    const { query, params } = parseCypherRequest(await request.text(), config().cypher.maxLength);
    return (await getStore()).cypher(query, params);
  });
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);

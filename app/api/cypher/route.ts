/**
 * POST /api/cypher {query, params?}: user-written Cypher for the Neo4j backend. The body is checked here (JSON,
 * a query within the configured length, params an object of JSON values); the store runs it read-only with a
 * timeout and a row cap. 400 refused or invalid, 413 body too large, 415 not JSON, 504 timeout, 501 on the memory
 * backend.
 */
import { otherMethods, readJsonBody, respond } from '@/lib/http';
import { parseCypherRequest } from '@/lib/queries/cypher-request';
import { config } from '@/lib/config';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Room for the longest allowed query (up to 4 bytes a character in UTF-8) and generous parameters. */
function maxBodyBytes(maxQueryLength: number): number {
  return 4 * maxQueryLength + 64 * 1024;
}

export async function POST(request: Request) {
  return respond('cypher', async () => {
    const { maxLength } = config().cypher;
    const body = await readJsonBody(request, maxBodyBytes(maxLength));
    const { query, params } = parseCypherRequest(body, maxLength);
    return (await getStore()).cypher(query, params);
  });
}

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);

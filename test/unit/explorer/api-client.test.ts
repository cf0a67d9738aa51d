/** The explorer's API client: the sentence a failed request shows on the page. */
import { describe, expect, it } from 'vitest';
import { ApiError, userMessage } from '@/lib/explorer/api/client';

describe("the explorer's error sentence", () => {
  it("drops the route's origin, which the page says in its own words", () => {
    expect(userMessage(new ApiError('/api/nodes/x', 404, 'nodes: unknown node "x"'))).toBe('unknown node "x"');
    expect(userMessage(new ApiError('/api/search?q=', 400, 'search: invalid parameter "q": required'))).toBe(
      'invalid parameter "q": required',
    );
  });

  it('says a 503 of the embedded store is invalid data (with the command), not an unavailable database', () => {
    const invalid = 'lib/store/memory: the graph data is invalid: run `npm run atlas -- validate`';
    expect(userMessage(new ApiError('/api/graph', 503, invalid))).toBe(
      'the graph data is invalid: run `npm run atlas -- validate`',
    );
    expect(userMessage(new ApiError('/api/graph', 503, 'lib/store/neo4j: Neo4j is unavailable'))).toBe(
      'the graph database is unavailable',
    );
  });
});

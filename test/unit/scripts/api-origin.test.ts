/**
 * scripts/api-origin.mjs: the origin each API path's errors start with, held to the routes in app/api and the
 * named queries in lib/queries/registry (plain JavaScript cannot import either), and the one-prefix rule.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMED_QUERIES } from '@/lib/queries/registry';
import { apiOrigin, QUERY_NAMES, ROUTE_PARTS, withOrigin, withoutOrigin } from '@/scripts/api-origin.mjs';

describe('ROUTE_PARTS and QUERY_NAMES', () => {
  it('list every route folder of app/api with the path parts it takes, and no other', () => {
    const folders = readdirSync('app/api', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('route.ts') && !file.startsWith('[[...path]]'))
      .map((file) => dirname(file).split('/'));
    const fromFolders: Record<string, number[]> = {};
    for (const [route = '', ...rest] of folders) (fromFolders[route] ??= []).push(rest.length);
    for (const parts of Object.values(fromFolders)) parts.sort();
    expect(ROUTE_PARTS).toEqual(fromFolders);
  });

  it("list the registry's named queries", () => {
    expect(QUERY_NAMES).toEqual(NAMED_QUERIES.map((query) => query.name));
  });
});

describe('apiOrigin', () => {
  it.each([
    ['/api/nodes/arf', 'nodes'],
    ['/api/nodes/a%2Fb?x=1', 'nodes'],
    ['/api/search?q=arf', 'search'],
    ['/api/search/', 'search'],
    ['/api/documents', 'documents'],
    ['/api/documents/iscc-2017', 'documents'],
    ['/api/queries', 'queries'],
    ['/api/queries/actions-for-forum?forum=arf', 'actions-for-forum'],
    ['/api/queries/nope', 'queries'],
    ['/api/queries/__proto__', 'queries'],
    ['/api/cypher', 'cypher'],
    // No route answers these: Next's catch-all does, as `api`.
    ['/api', 'api'],
    ['/api/nope', 'api'],
    ['/api/nodes', 'api'],
    ['/api/nodes/a/b', 'api'],
    ['/api/search/x', 'api'],
    ['/api/__proto__', 'api'],
    ['/apis', 'api'],
  ])('%s → %s', (path, origin) => {
    expect(apiOrigin(path)).toBe(origin);
  });
});

describe('withOrigin', () => {
  it('puts the origin before a message once', () => {
    expect(withOrigin('nodes', 'unknown node "x"')).toBe('nodes: unknown node "x"');
    expect(withOrigin('commitments', 'commitments: unknown forum "x"')).toBe('commitments: unknown forum "x"');
  });

  it("keeps a deeper module's origin (the store's), and does not take a field name for one", () => {
    expect(withOrigin('nodes', 'lib/store/neo4j: Neo4j is unavailable')).toBe('lib/store/neo4j: Neo4j is unavailable');
    expect(withOrigin('search', 'invalid parameter "q": required')).toBe('search: invalid parameter "q": required');
    expect(withOrigin('cypher', 'query: x')).toBe('cypher: query: x');
  });

  it('withoutOrigin takes off only the origin named', () => {
    expect(withoutOrigin('nodes', 'nodes: unknown node "x"')).toBe('unknown node "x"');
    expect(withoutOrigin('nodes', 'lib/store/neo4j: down')).toBe('lib/store/neo4j: down');
  });
});

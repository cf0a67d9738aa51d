/** The proxy's guard for API paths: broken percent-encoding and unroutable methods get `{error}` answers. */
import { describe, expect, it } from 'vitest';
import { guardApiRequest } from '@/lib/security/api-guard';

describe('guardApiRequest', () => {
  it.each(['/api/nodes/%E0%A4%A', '/api/nodes/%', '/api/edges/%ZZ', '/api/documents/%C0%AF', '/api/x/%E0%A4'])(
    'answers 400 for the undecodable path %s',
    (path) => {
      expect(guardApiRequest('GET', `http://127.0.0.1:3000${path}`)).toMatchObject({
        status: 400,
        error: expect.stringMatching(/percent-encoding/),
      });
    },
  );

  it.each([
    '/api/nodes/arf',
    '/api/nodes/%E4%B8%AD%E5%9B%BD',
    '/api/edges/INVOLVES%3Aiscc-2017-ch4-3-s3-%3Earf',
    // Only the path counts: a broken query string is each route's own 400.
    '/api/queries/neighborhood?id=%E0%A4%A',
  ])('lets %s through', (path) => {
    expect(guardApiRequest('GET', `http://127.0.0.1:3000${path}`)).toBeUndefined();
  });

  it('answers 405 with Allow for a method no route can implement', () => {
    expect(guardApiRequest('PROPFIND', 'http://h/api/nodes/arf')).toEqual({
      status: 405,
      error: 'app/api: /api/nodes/arf: method PROPFIND is not allowed; allowed: GET, HEAD, OPTIONS',
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    });
    expect(guardApiRequest('GET', 'http://h/api/nodes/arf')).toBeUndefined();
    expect(guardApiRequest('DELETE', 'http://h/api/nodes/arf')).toBeUndefined();
  });
});

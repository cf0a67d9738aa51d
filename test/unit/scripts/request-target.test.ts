/**
 * Request target
 * ==============
 * scripts/request-target.mjs reads the request line's target as the path the guards and Next expect: an absolute
 * form is its path and query as sent (Next had answered `GET http://evil.example/x` with a 308 to that host), `*` is
 * for OPTIONS only (Next answered `GET *` with a 500), and HTTP/1.1 needs a Host.
 */
import { describe, expect, it } from 'vitest';
import { requestTarget } from '../../../scripts/request-target.mjs';

describe('requestTarget', () => {
  it.each([
    ['http://evil.example/api/health', '/api/health'],
    ['HTTP://evil.example:8080/document?id=x', '/document?id=x'],
    ['https://user:pw@evil.example/_next/static/a.js', '/_next/static/a.js'],
    ['http://evil.example', '/'],
    ['http://evil.example?q=1', '/?q=1'],
    // Kept byte for byte: the guards must see what was sent, not a URL parser's tidied form.
    ['http://h/api/nodes/%E0%A4%A', '/api/nodes/%E0%A4%A'],
    ['http://h/a/%2e%2e/api/graph', '/a/%2e%2e/api/graph'],
  ])('reads the absolute form %s as its path %s', (target, path) => {
    expect(requestTarget('GET', target, '1.1', 'localhost')).toEqual({ url: path });
  });

  it('keeps an origin-form target as it is', () => {
    expect(requestTarget('GET', '/api/graph?x=1', '1.1', 'localhost')).toEqual({ url: '/api/graph?x=1' });
  });

  it('takes * for OPTIONS only', () => {
    expect(requestTarget('OPTIONS', '*', '1.1', 'h')).toEqual({ url: '*' });
    expect(requestTarget('GET', '*', '1.1', 'h')).toEqual({
      status: 400,
      error: 'api: the target * is for OPTIONS only',
    });
  });

  it.each(['ftp://h/x', 'api/graph', 'evil.example:443'])('refuses the target %s with 400', (target) => {
    expect(requestTarget('GET', target, '1.1', 'h')).toMatchObject({
      status: 400,
      error: expect.stringMatching(/^api: /),
    });
  });

  it('needs a Host on HTTP/1.1, not on HTTP/1.0', () => {
    expect(requestTarget('GET', '/', '1.1', undefined)).toEqual({
      status: 400,
      error: 'api: an HTTP/1.1 request must name its Host',
    });
    expect(requestTarget('GET', '/', '1.1', ' ')).toMatchObject({ status: 400 });
    expect(requestTarget('GET', '/', '1.0', undefined)).toEqual({ url: '/' });
  });
});

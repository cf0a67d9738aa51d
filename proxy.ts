/**
 * Request proxy (Next's middleware)
 * =================================
 * Gives every HTML page a fresh CSP nonce: set on the request (Next reads it to mark its own scripts) and on the
 * response. API routes and static assets skip it (their headers come from next.config.js), so JSON endpoints pay
 * nothing for it.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { pageCsp } from './lib/security/csp';

export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = pageCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)' }],
};

/**
 * Request proxy (Next's middleware)
 * =================================
 * Gives every HTML page a fresh CSP nonce: set on the request (Next reads it to mark its own scripts) and on the
 * response. API paths with parameters get only the guard of lib/security/api-guard (a path Next cannot decode gets
 * `{error}` JSON rather than Next's bare 500); the fixed API routes and static assets skip the proxy.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { guardApiRequest } from './lib/security/api-guard';
import { pageCsp } from './lib/security/csp';
import { API_CSP, COMMON_HEADERS } from './scripts/security-headers.mjs';

/**
 * next.config.js's API headers do not reach an answer given here: the same ones, set directly. Every answer given
 * here is a refusal, and refusals are never for a cache to keep (lib/http errorResponse).
 */
const API_HEADERS = { 'Content-Security-Policy': API_CSP, ...COMMON_HEADERS, 'Cache-Control': 'no-store' };

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    const answer = guardApiRequest(request.method, request.url);
    if (!answer) return NextResponse.next();
    return NextResponse.json(
      { error: answer.error },
      { status: answer.status, headers: { ...API_HEADERS, ...answer.headers } },
    );
  }
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
  matcher: [
    // Not `/api` itself either: the API's JSON 404 (app/api/[[...path]]), not a page. Whole names, not prefixes: a
    // page path such as `/icon.svgx` or `/_next/staticx` (Next's HTML 404) skipped the proxy and had no page CSP.
    { source: '/((?!api/|api$|_next/static/|_next/image$|icon\\.svg$|favicon\\.ico$).*)' },
    // API paths with a part Next decodes into route parameters; the fixed routes (the hot /api/graph among them)
    // skip the proxy.
    { source: '/api/((?!(?:graph|health|search|matrix|commitments|export|cypher|documents|queries)$).*)' },
  ],
};

/**
 * Unknown API paths answer JSON 404 (every method), so API clients never have to parse Next's HTML error page.
 * An optional catch-all, so the bare `/api` (a script's first guess at the API root) is one of them too. OPTIONS
 * too: Next's automatic answer would list every method as allowed on a path that does not exist (HEAD is answered by
 * Next with the GET handler). No route means no route's name to start the message with: its origin is `api`.
 */
import { NextResponse } from 'next/server';
import { API_ORIGIN } from '@/scripts/api-origin.mjs';

export const dynamic = 'force-dynamic';

function notFound(request: Request): NextResponse {
  const { pathname } = new URL(request.url);
  return NextResponse.json(
    { error: `${API_ORIGIN}: no API route at ${pathname.slice(0, 200)} (see README: HTTP API)` },
    // An error, so no-store like every other (lib/http errorResponse): a route added later must not hide behind it.
    { status: 404, headers: { 'cache-control': 'no-store' } },
  );
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};

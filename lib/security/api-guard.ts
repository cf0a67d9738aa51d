/**
 * API request guard
 * =================
 * What the proxy answers for an /api path before Next routes it, when Next itself would answer with a bare-text
 * 500 and a stack trace in the log: a path whose percent-encoding is broken (`/api/nodes/%E0%A4%A`), which Next
 * fails to decode into the route's parameters, and a method no route handler can implement (CONNECT, a WebDAV
 * verb) when it gets this far. Both get the API's `{error}` JSON instead. (TRACE fails inside Next before any proxy
 * runs.) Pure: no Next imports, so it is tested as is. A path Next cannot decode fails before routing, so its
 * origin is `api` (scripts/api-origin.mjs).
 */
import { API_ORIGIN } from '../../scripts/api-origin.mjs';

/** The methods Next's route handlers can implement; anything else never reaches a route. */
const ROUTABLE_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export interface GuardAnswer {
  status: number;
  error: string;
  headers?: Record<string, string>;
}

/** What the paths the proxy guards answer (read routes with parameters; the console's POST path is not guarded). */
const READ_METHODS = 'GET, HEAD, OPTIONS';

/** The path's encoded form: what the client sent, before any decoding. */
function rawPathname(url: string): string {
  const afterScheme = url.indexOf('//');
  const pathStart = url.indexOf('/', afterScheme >= 0 ? afterScheme + 2 : 0);
  const path = pathStart >= 0 ? url.slice(pathStart) : '/';
  const end = path.search(/[?#]/);
  return end >= 0 ? path.slice(0, end) : path;
}

/** undefined when Next can route the request; otherwise the answer to give. */
export function guardApiRequest(method: string, url: string): GuardAnswer | undefined {
  const pathname = rawPathname(url);
  if (!ROUTABLE_METHODS.has(method.toUpperCase())) {
    // Worded as the routes' own 405 (lib/http.ts otherMethods), origin prefix included.
    return {
      status: 405,
      error: `app/api: ${pathname.slice(0, 200)}: method ${method} is not allowed; allowed: ${READ_METHODS}`,
      headers: { Allow: READ_METHODS },
    };
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, error: `${API_ORIGIN}: the path is not valid percent-encoding (UTF-8 bytes as %XX)` };
  }
  return undefined;
}

/**
 * Request target
 * ==============
 * The request line's target in the one form the server's guards and Next can read: the origin form (`/path?query`).
 * HTTP/1.1 also has the absolute form (`GET http://host/path`, what a client sends to a proxy), the asterisk form
 * (`OPTIONS *`) and, for CONNECT, the authority form; Node hands each to the server as it came. Next read an absolute
 * target as a path to tidy and answered `GET http://evil.example/x` with a 308 to http://evil.example/x (a redirect
 * to whatever host the request named, which a shared cache in front could keep for everyone), `GET *` with a 500,
 * and an absolute /api target slipped past ./serve.mjs's guards, which look for `/api` at the start. So: the absolute
 * form becomes the origin form, the path and query kept byte for byte (RFC 9112 §3.2.2: a server must accept it);
 * `*` is for OPTIONS only; an HTTP/1.1 request without Host is a 400 (RFC 9112 §3.2), said here as `{error}` JSON
 * rather than by Node's empty answer. Plain JavaScript so that `npm start` needs no TypeScript tooling.
 */
import { API_ORIGIN } from './api-origin.mjs';

/** `http://host[:port]` or `https://…` at the start of an absolute-form target (case aside, RFC 9110 §4.2.3). */
const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*/i;

/**
 * The origin-form target to route, or why the request cannot be answered (a 400 before any route is known: origin
 * `api`).
 * @param {string | undefined} method
 * @param {string | undefined} url the request line's target, as Node gives it
 * @param {string | undefined} httpVersion `1.1`, `1.0`
 * @param {string | undefined} host the Host header
 * @returns {{ url: string } | { status: number, error: string }}
 */
export function requestTarget(method, url, httpVersion, host) {
  if (httpVersion === '1.1' && (host === undefined || host.trim() === '')) {
    return { status: 400, error: `${API_ORIGIN}: an HTTP/1.1 request must name its Host` };
  }
  const target = url ?? '';
  if (target.startsWith('/')) return { url: target };
  if (target === '*') {
    // OPTIONS * asks about the server as a whole: the page answer (GET, HEAD, OPTIONS) says it.
    return (method ?? '').toUpperCase() === 'OPTIONS'
      ? { url: '*' }
      : { status: 400, error: `${API_ORIGIN}: the target * is for OPTIONS only` };
  }
  const authority = ABSOLUTE_FORM.exec(target);
  if (authority) {
    const rest = target.slice(authority[0].length);
    return { url: rest.startsWith('/') ? rest : `/${rest}` };
  }
  return { status: 400, error: `${API_ORIGIN}: the request target must be a path such as /api/graph` };
}

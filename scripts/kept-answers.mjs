/**
 * Kept answers, server side
 * =========================
 * Answers a GET or HEAD for a path a route has kept (lib/kept-answer.ts) without going through Next: the headers
 * Next sent with that same answer (captured from its first one, so the security headers of next.config.js stay
 * the single source), the bytes as kept, or a gzip copy made once when the client accepts gzip, and 304 for a
 * matching If-None-Match. Anything else, and any path before Next has answered it once, goes to Next.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const KEPT_ANSWERS = Symbol.for('strategy-atlas.kept-answers');
const gzipAsync = promisify(gzip);

/** Headers that belong to one response on one connection, never to be replayed. */
const PER_RESPONSE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'set-cookie',
]);

/**
 * Whether an Accept-Encoding value allows gzip (RFC 9110 §12.5.3: a listed coding with q=0 is refused; `*` covers
 * codings not listed).
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(coding.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const gzipWeight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*');
  return gzipWeight !== undefined && gzipWeight > 0;
}

/**
 * Whether If-None-Match names this entity (weak comparison, as for GET): lib/http.ts's rule, restated here because
 * this file runs as plain JavaScript outside Next's bundle (the tests hold both to the same cases).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The headers of a response Next sent, as they may be replayed.
 * @param {import('node:http').OutgoingHttpHeaders} headers
 * @returns {Record<string, string | string[]>}
 */
export function replayableHeaders(headers) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE.has(name.toLowerCase())) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  const vary = String(kept.vary ?? '');
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  return kept;
}

export class KeptAnswers {
  /** @type {Map<string, { etag: string, headers: Record<string, string | string[]> }>} Next's headers per path. */
  #captured = new Map();
  /** @type {WeakMap<Uint8Array, Promise<Buffer>>} */
  #gzipped = new WeakMap();

  /** @param {string | undefined} url */
  #kept(url) {
    const slot = /** @type {Map<string, { etag: string, body: Uint8Array }> | undefined} */ (
      /** @type {Record<symbol, unknown>} */ (globalThis)[KEPT_ANSWERS]
    );
    return url ? slot?.get(url) : undefined;
  }

  /**
   * Answers the request if it can; false hands it to Next (and watches Next's answer, to learn its headers).
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @returns {Promise<boolean>}
   */
  async answer(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = request.url ?? '';
    const kept = this.#kept(url);
    const captured = this.#captured.get(url);
    if (!kept || !captured || captured.etag !== kept.etag) {
      this.#watch(url, response);
      return false;
    }
    const headers = { ...captured.headers };
    if (etagMatches(request.headers['if-none-match'], kept.etag)) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    let body = kept.body;
    if (acceptsGzip(request.headers['accept-encoding'])) {
      let pending = this.#gzipped.get(kept.body);
      if (!pending) {
        pending = gzipAsync(kept.body);
        this.#gzipped.set(kept.body, pending);
      }
      body = await pending;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.byteLength);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * Learns the headers Next gives a kept path's 200 answer, once the route has kept its bytes.
   * @param {string} url
   * @param {import('node:http').ServerResponse} response
   */
  #watch(url, response) {
    if (!url.startsWith('/api/') || url.includes('?')) return;
    response.once('finish', () => {
      const kept = this.#kept(url);
      if (!kept || response.statusCode !== 200 || response.getHeader('etag') !== kept.etag) return;
      this.#captured.set(url, { etag: kept.etag, headers: replayableHeaders(response.getHeaders()) });
    });
  }
}

/**
 * Kept static assets
 * ==================
 * Next's build output under /_next/static/ cannot change while the server runs (its names carry content hashes,
 * and Next marks them immutable), yet Next reads each file again and gzips it again, streamed, for every browser
 * that asks: on the explorer's way to its first frame that was ≈ 700 KiB of scripts compressed per page load, on
 * the same two cores the browser needed, and the last script arrived ≈ 100 ms after the page's HTML. Here each
 * asset is kept the first time Next answers it with a 200: the headers Next gave (so next.config.js's security
 * headers stay the single source), the file's bytes and a gzip copy made once. Later requests get those, and 304 for
 * a matching If-None-Match. Range requests, query strings and other methods go to Next, as does any path Next has not
 * answered yet: Next decides what exists; this only repeats it.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { acceptsGzip, etagMatches, replayableHeaders } from './kept-answers.mjs';

const gzipAsync = promisify(gzip);
const PREFIX = '/_next/static/';
/** Larger files (none in this app) are left to Next's streaming rather than held in memory. */
const MAX_KEPT_BYTES = 8 * 1024 * 1024;

/**
 * The file under `staticDir` that a /_next/static/ URL names, or undefined for anything else (a query string, an
 * encoded or dot segment, a path that leaves the folder).
 * @param {string} staticDir absolute path of the build's `static` folder
 * @param {string | undefined} url
 */
export function assetFile(staticDir, url) {
  if (!url || !url.startsWith(PREFIX) || /[?#%\\]/.test(url)) return undefined;
  const relative = url.slice(PREFIX.length);
  if (relative.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
  const file = resolve(staticDir, relative);
  return file.startsWith(staticDir + sep) ? file : undefined;
}

/** @typedef {{ headers: Record<string, string | string[]>, etag: string | undefined, body: Buffer, gzipped: Promise<Buffer> | undefined }} Asset */

export class StaticAssets {
  /** @type {string} */
  #staticDir;
  /** @type {Map<string, Asset>} */
  #kept = new Map();
  /** @type {Set<string>} URLs being read into memory, so a burst of requests reads each file once. */
  #reading = new Set();

  /** @param {string} distDir the build folder (`.next`), absolute */
  constructor(distDir) {
    this.#staticDir = resolve(distDir, 'static');
  }

  /**
   * Answers the request if the asset is kept; false hands it to Next (and learns from Next's answer).
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @returns {Promise<boolean>}
   */
  async answer(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (request.headers.range !== undefined) return false;
    const url = request.url ?? '';
    const asset = this.#kept.get(url);
    if (!asset) {
      const file = assetFile(this.#staticDir, url);
      if (file) this.#watch(url, file, response);
      return false;
    }
    const headers = { ...asset.headers };
    if (asset.etag !== undefined && etagMatches(request.headers['if-none-match'], asset.etag)) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    let body = asset.body;
    if (acceptsGzip(request.headers['accept-encoding'])) {
      asset.gzipped ??= gzipAsync(asset.body);
      body = await asset.gzipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.byteLength);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * After Next's 200 for an asset, keeps its headers and the file's bytes.
   * @param {string} url
   * @param {string} file
   * @param {import('node:http').ServerResponse} response
   */
  #watch(url, file, response) {
    if (this.#reading.has(url)) return;
    response.once('finish', () => {
      if (response.statusCode !== 200 || this.#reading.has(url) || this.#kept.has(url)) return;
      const headers = replayableHeaders(response.getHeaders());
      this.#reading.add(url);
      readFile(file)
        .then((body) => {
          if (body.byteLength > MAX_KEPT_BYTES) return;
          const etag = headers.etag;
          this.#kept.set(url, {
            headers,
            // etagMatches compares weakly, without the W/ prefix Next gives its asset tags.
            etag: typeof etag === 'string' ? etag.replace(/^W\//, '') : undefined,
            body,
            gzipped: undefined,
          });
        })
        // Unreadable here though Next served it (removed by a rebuild meanwhile): Next keeps answering it.
        .catch(() => {})
        .finally(() => this.#reading.delete(url));
    });
  }
}

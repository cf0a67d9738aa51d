/**
 * Production server
 * =================
 * Next's own request handler (what `next start` runs) behind a plain node:http server, for one reason: a request
 * whose method or query string Next cannot represent never reaches our code. TRACE and TRACK are forbidden by the Fetch standard
 * Next builds its Request objects from, so Next answers them with a bare 500 and a stack trace in the log; a WebDAV
 * verb (PROPFIND, MKCOL …) on a fixed API route gets an empty 400. Here both get 405 with the methods that are
 * allowed (as `{error}` JSON on /api paths, like every API answer); so does a write method on a page (Next would
 * render the page for a PUT as for a GET). An API request whose query string Next would misread (broken
 * percent-encoding, `__proto__`: ./raw-query.mjs) gets the route's own 400. A target in absolute form
 * (`GET http://host/path`, which Next answered with a redirect to that host) is read as its path; `GET *` and an
 * HTTP/1.1 request without Host get a 400 (./request-target.mjs), CONNECT a 405. A path whose answer a route has kept for the life of the process (the
 * memory store's /api/graph) is answered here from its kept bytes (./kept-answers.mjs), and so is a build asset
 * once Next has answered it (./static-assets.mjs). Everything else goes to Next unchanged.
 *
 *   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { API_ORIGIN, apiOrigin, withOrigin } from './api-origin.mjs';
import { KeptAnswers } from './kept-answers.mjs';
import { rawAnswer, rawParserRefusal } from './parser-refusal.mjs';
import { rawQueryProblem } from './raw-query.mjs';
import { requestTarget } from './request-target.mjs';
import { API_CSP, BASELINE_HEADERS, COMMON_HEADERS } from './security-headers.mjs';
import { StaticAssets } from './static-assets.mjs';

// Tested here with the rest of the server's answers (test/unit/scripts/serve.test.ts).
export { parserRefusal, rawParserRefusal } from './parser-refusal.mjs';

/** The methods Next's route handlers can be asked for (the API routes answer 405 themselves to the rest). */
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/**
 * The API routes that take POST; every other one answers GET and HEAD. The `Allow` of a refusal must be the route's
 * own (RFC 9110: the methods it supports), so a client told "POST" on /api/search is not refused again for POST.
 * test/unit/scripts/serve.test.ts holds this list to the routes in app/api.
 */
export const POST_ROUTES = new Set(['/api/cypher']);
/** Pages and assets are only read: no page takes a form post or a server action. */
const PAGE_METHODS = new Set(['GET', 'HEAD']);

/** The headers every answer given here carries: next.config.js's do not reach it, so the same ones, set here. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': API_CSP,
  ...COMMON_HEADERS,
  'Cache-Control': 'no-store',
};

/**
 * The answer to a request Next must not see, or undefined to hand it on. Pure, so it is tested as is.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {{ status: number, headers: Record<string, string>, body: string } | undefined}
 */
export function refusal(method, url) {
  const verb = (method ?? '').toUpperCase();
  // `/api` itself is the API's (its JSON 404, app/api/[[...path]]), not a page; `/apis` is a page path.
  const api = /^\/api(?:[/?]|$)/.test(url ?? '/');
  if ((api ? API_METHODS : PAGE_METHODS).has(verb)) return api ? queryRefusal(url ?? '/') : undefined;
  if (!api && verb === 'OPTIONS') {
    return { status: 204, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD, OPTIONS' }, body: '' };
  }
  const path = (url ?? '/').split('?')[0].replace(/(.)\/+$/, '$1');
  const allowed = api && POST_ROUTES.has(path) ? 'POST, OPTIONS' : 'GET, HEAD, OPTIONS';
  const named = verb || '(none)';
  return {
    status: 405,
    headers: {
      ...SECURITY_HEADERS,
      Allow: allowed,
      'Content-Type': api ? 'application/json' : 'text/plain; charset=utf-8',
    },
    // On the API, the words and origin prefix of the routes' own 405 (lib/http.ts otherMethods): a client cannot
    // tell, and need not, whether Next or this guard refused the method.
    body: api
      ? JSON.stringify({
          error: `app/api: ${path.slice(0, 200)}: method ${named} is not allowed; allowed: ${allowed}`,
        })
      : `method ${named} is not allowed here (allowed: ${allowed})\n`,
  };
}

/**
 * An API request whose raw query string Next would misread (scripts/raw-query.mjs): 400 with the route's own words,
 * its origin included (`actions-for-forum: invalid parameter "__proto__": …`, as lib/http.ts words it in the route).
 * @param {string} url
 */
function queryRefusal(url) {
  const problem = rawQueryProblem(url);
  if (!problem) return undefined;
  return {
    status: 400,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ error: withOrigin(apiOrigin(url), problem.message) }),
  };
}

/**
 * Why the server could not listen, and its exit code: a port that is taken or needs privileges is the user's
 * configuration to change (exit 2, as for a malformed PORT); anything else is the machine's fault (exit 1).
 * @param {NodeJS.ErrnoException} error
 * @param {string} hostname
 * @param {number} port
 * @returns {{ message: string, exitCode: number }}
 */
export function listenFailure(error, hostname, port) {
  if (error.code === 'EADDRINUSE')
    return {
      message: `scripts/serve: port ${port} on ${hostname} is already in use (set PORT to another port)`,
      exitCode: 2,
    };
  if (error.code === 'EACCES')
    return {
      message: `scripts/serve: port ${port} on ${hostname} needs privileges this user lacks (set PORT to 1024 or above)`,
      exitCode: 2,
    };
  if (error.code === 'EADDRNOTAVAIL')
    return { message: `scripts/serve: ${hostname} is not an address of this machine (--hostname)`, exitCode: 2 };
  return { message: `scripts/serve: cannot listen on ${hostname}:${port}: ${error.message}`, exitCode: 1 };
}

/** A configuration the user must fix: exit 2, like lib/config's invalid environment (the README promises it). */
class UsageError extends Error {
  exitCode = 2;
}

/**
 * The port to listen on: `--port`, else PORT, else 3000, named in the refusal by where it came from. A blank value
 * is unset, as lib/config reads the environment: `PORT=` had become port 0, a random port nobody would find.
 * @param {string | undefined} flag
 * @param {string | undefined} env
 */
export function choosePort(flag, env) {
  const [name, raw] =
    flag !== undefined && flag.trim() !== ''
      ? ['--port', flag]
      : env !== undefined && env.trim() !== ''
        ? ['PORT', env]
        : ['the port', '3000'];
  const port = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(port <= 65535)) {
    throw new UsageError(`scripts/serve: ${name} must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

/**
 * The address to open, from the socket actually bound: with PORT=0 the system picks the port, which the ready line
 * must name (not ":0"). A wildcard host is shown as localhost, an IPv6 one in brackets.
 * @param {string} hostname
 * @param {string | import('node:net').AddressInfo | null} address
 * @returns {string}
 */
export function readyUrl(hostname, address) {
  const port = address !== null && typeof address === 'object' ? address.port : undefined;
  const host =
    hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname;
  return `http://${host}${port === undefined ? '' : `:${port}`}`;
}

/**
 * The HTTP server in front of Next's handler: the request target read as a path (./request-target.mjs), the
 * refusals above, the kept answers, then Next. Separate from main() so that tests run it with a stand-in for Next.
 * @param {{ handle: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown,
 *   kept: Pick<KeptAnswers, 'answer'>, assets: Pick<StaticAssets, 'answer'> }} parts
 */
export function createAtlasServer({ handle, kept, assets }) {
  // Host is checked by requestTarget, so that its absence gets `{error}` JSON and the headers, not Node's bare 400.
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    // Set first, so that an answer nothing else gives headers to still has them (security-headers.mjs).
    for (const [name, value] of Object.entries(BASELINE_HEADERS)) response.setHeader(name, value);
    const target = requestTarget(request.method, request.url, request.httpVersion, request.headers.host);
    if ('error' in target) {
      response.writeHead(target.status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: target.error }));
      return;
    }
    request.url = target.url;
    const answer = refusal(request.method, request.url);
    if (answer) {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
      return;
    }
    const keptAnswer = request.url.startsWith('/_next/static/')
      ? assets.answer(request, response)
      : kept.answer(request, response);
    keptAnswer.then(
      (answered) => {
        if (!answered) handle(request, response);
      },
      () => {
        // A kept answer that failed before its headers went out is Next's to give; after, the connection is lost.
        if (response.headersSent) response.destroy();
        else handle(request, response);
      },
    );
  });
  server.on('clientError', (error, socket) => {
    if (!socket.writable || /** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    socket.end(rawParserRefusal(error));
  });
  // Node hands CONNECT (a proxy's tunnel) to this event, and without a listener drops the connection unanswered.
  server.on('connect', (_request, socket) => {
    socket.end(
      rawAnswer(405, 'Method Not Allowed', `${API_ORIGIN}: method CONNECT is not allowed: this is not a proxy`, {
        Allow: 'GET, HEAD, OPTIONS',
      }),
    );
  });
  return server;
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  });
  const port = choosePort(values.port, process.env.PORT);
  const hostname = values.hostname ?? '0.0.0.0';
  // Before Next loads: its production build expects it, and `next start` sets it the same way.
  process.env.NODE_ENV = 'production';
  const { default: next } = await import('next');
  const dir = fileURLToPath(new URL('../', import.meta.url));
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createAtlasServer({ handle, kept: new KeptAnswers(), assets: new StaticAssets(join(dir, '.next')) });
  server.once('error', (error) => {
    const failure = listenFailure(/** @type {NodeJS.ErrnoException} */ (error), hostname, port);
    console.error(failure.message);
    process.exit(failure.exitCode);
  });
  server.listen(port, hostname, () => {
    console.log(`▲ Strategy Atlas ready on ${readyUrl(hostname, server.address())}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; the answers in flight get a moment to finish.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? error.exitCode : 1);
  });
}

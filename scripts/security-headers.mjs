/**
 * Security headers
 * ================
 * The headers every answer carries, in one place: next.config.js sets them on what Next answers, and
 * scripts/serve.mjs on what it answers itself before Next (a refused method or query string, a request Node's
 * parser rejects), which next.config.js never reaches. Two copies had drifted: the server's own answers lacked
 * X-Frame-Options, Referrer-Policy, Permissions-Policy and Cross-Origin-Opener-Policy. Plain JavaScript so that
 * `npm start` needs no TypeScript tooling.
 */

/** On every answer, pages and API alike. */
export const COMMON_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/** The API's policy (pages get theirs, with a nonce, from proxy.ts): JSON and files load nothing, in no frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * What the production server (scripts/serve.mjs) puts on every response before Next, the proxy or a route sets its
 * own (a page's nonce policy and the API's headers replace these, name for name): the answers Next gives outside
 * next.config.js's headers() and the proxy had none of them or no CSP (its 308 for a trailing slash or a double
 * slash, the build's scripts and styles and their 404s, /icon.svg, /_next/image's refusals).
 */
export const BASELINE_HEADERS = Object.freeze({ 'Content-Security-Policy': API_CSP, ...COMMON_HEADERS });

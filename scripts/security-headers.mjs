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

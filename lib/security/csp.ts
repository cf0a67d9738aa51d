/**
 * Content Security Policy
 * =======================
 * The policy for HTML pages: scripts only from this origin with the per-request nonce (Next applies it to its own
 * scripts), workers from blob: (ForceAtlas2's worker), images from data:/blob: (PNG export), no framing, no
 * plugins, and no connection anywhere but this origin — the atlas fetches nothing from outside at run time.
 * Inline style attributes stay allowed: server-rendered React markup carries them.
 */

export function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The query string as sent
 * ========================
 * Next decodes and re-encodes a request's query before a route sees it: broken percent-encoding (`q=%E0%A4%A`)
 * becomes U+FFFD and answers as an empty search, and a `__proto__` parameter vanishes (it lands on an object's
 * prototype) instead of being refused as unknown. Both are found here in the raw query string: by the production
 * server (scripts/serve.mjs) before Next, and by lib/http.ts for whatever reaches a route raw (`next dev`). Plain
 * JavaScript so that `npm start` needs no TypeScript tooling.
 */

/** No route takes it, and parsed into an object it would set the prototype instead of being a parameter. */
const PROTOTYPE_KEYS = new Set(['__proto__']);

/**
 * The query string's parts as sent, still percent-encoded ("/p?a=%E0%A4%A&b#x" → ["a=%E0%A4%A", "b"]).
 * @param {string} url
 */
export function rawQueryParts(url) {
  const start = url.indexOf('?');
  if (start < 0) return [];
  const end = url.indexOf('#', start);
  return url
    .slice(start + 1, end < 0 ? undefined : end)
    .split('&')
    .filter((part) => part !== '');
}

/**
 * Why the raw query string cannot be read as the parameters it was meant to give, or undefined when it can.
 * @param {string} url
 * @returns {{ field: string, message: string } | undefined}
 */
export function rawQueryProblem(url) {
  for (const part of rawQueryParts(url)) {
    const [key = '', value = ''] = part.replace(/\+/g, ' ').split(/=(.*)/s);
    let name = key;
    try {
      name = decodeURIComponent(key);
      decodeURIComponent(value);
    } catch {
      const field = name.slice(0, 100);
      return { field, message: `invalid parameter "${field}": not valid percent-encoding (UTF-8 bytes as %XX)` };
    }
    if (PROTOTYPE_KEYS.has(name))
      return { field: name, message: `invalid parameter "${name}": unknown parameter (no route takes it)` };
  }
  return undefined;
}

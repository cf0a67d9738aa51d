/**
 * Answers without a response object
 * =================================
 * What the production server (./serve.mjs) writes straight to a socket: the answer to a request Node's HTTP parser
 * rejected (headers past 16 KiB, an unknown method, malformed HTTP) and to CONNECT, which Node hands to its own
 * event. Each is a whole HTTP/1.1 answer with an `{error}` body and every answer's security headers, not Node's empty
 * one or a dropped connection. Plain JavaScript so that `npm start` needs no TypeScript tooling.
 */
import { API_ORIGIN } from './api-origin.mjs';
import { API_CSP, COMMON_HEADERS } from './security-headers.mjs';

/** The headers of every answer written here, as ./serve.mjs's own answers carry them. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': API_CSP,
  ...COMMON_HEADERS,
  'Cache-Control': 'no-store',
};

/**
 * What a request Node's HTTP parser could not read gets (a method it does not know, such as TRACK; headers past
 * its 16 KiB limit; a malformed request line): Node's own status for the error, with an `{error}` body saying why
 * instead of an empty one. It fails before any route is known, so its origin is `api`.
 * @param {NodeJS.ErrnoException} error
 * @returns {{ status: number, text: string, error: string }}
 */
export function parserRefusal(error) {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        text: 'Request Header Fields Too Large',
        error: `${API_ORIGIN}: the request line and headers pass 16 KiB`,
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, text: 'Request Timeout', error: `${API_ORIGIN}: the request did not arrive in time` };
    case 'HPE_INVALID_METHOD':
      return {
        status: 400,
        text: 'Bad Request',
        error: `${API_ORIGIN}: the request method is not an HTTP method this server knows`,
      };
    default:
      return { status: 400, text: 'Bad Request', error: `${API_ORIGIN}: the request is not well-formed HTTP/1.1` };
  }
}

/**
 * The whole HTTP/1.1 answer to a request Node's parser rejected, written to the socket as is (there is no
 * response object to set headers on): parserRefusal's status and `{error}`, with every answer's headers.
 * @param {NodeJS.ErrnoException} error
 * @returns {string}
 */
export function rawParserRefusal(error) {
  const { status, text, error: reason } = parserRefusal(error);
  return rawAnswer(status, text, reason);
}

/**
 * A whole HTTP/1.1 `{error}` answer written to a socket as is, with every answer's headers, for a request that has
 * no response object to answer through.
 * @param {number} status
 * @param {string} text
 * @param {string} reason
 * @param {Record<string, string>} [extra]
 * @returns {string}
 */
export function rawAnswer(status, text, reason, extra = {}) {
  const body = JSON.stringify({ error: reason });
  const headers = [
    `HTTP/1.1 ${status} ${text}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries({ ...SECURITY_HEADERS, ...extra }).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * XML escaping
 * ============
 * What a hand-written XML writer needs to stay well-formed whatever the data holds: the five special characters
 * escaped, and characters XML 1.0 forbids (control characters, lone surrogates) replaced rather than emitted.
 */

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Character data between tags. */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value (newlines and tabs as references, so parsers do not normalise them away). */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

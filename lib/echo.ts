/**
 * Echoing user input
 * ==================
 * How an id, a name or a value a user typed is quoted back, in an API error or on a page: cut short, and without
 * characters a page cannot hold. Plain and dependency-free, so the server's errors and the pages' notices share it.
 */

/**
 * User input as echoed in an error message or on a page: cut, so a 10 KB id does not come back as a 10 KB message,
 * and with control characters shown as "�" (a NUL in `/query?name=%00` broke the page: HTML cannot hold it, so
 * the browser's text differed from the server's and React's hydration threw).
 */
export function echo(text: string, max = 200): string {
  const shown = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
  // Cut by characters, not UTF-16 units, so an emoji at the cut is not split in half.
  const characters = [...shown];
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : shown;
}

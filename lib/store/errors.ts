/**
 * Domain errors
 * =============
 * What can go wrong answering a question, independent of the store: each maps to one HTTP status, so route
 * handlers never inspect driver errors and both stores fail the same way.
 */

const BRAND = Symbol.for('strategy-atlas.AtlasError');

export class AtlasError extends Error {
  readonly status: number;
  readonly [BRAND] = true;
  constructor(message: string, status: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

/** True for any AtlasError, even one from another copy of this module (bundlers may duplicate it). */
export function isAtlasError(error: unknown): error is AtlasError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * User input as echoed in an error message or on a page: cut, so a 10 KB id does not come back as a 10 KB message,
 * and with control characters shown as "�" (a NUL in `/query?name=%00` broke the page: HTML cannot hold it, so
 * the browser's text differed from the server's and React's hydration threw).
 */
export function echo(text: string, max = 200): string {
  const shown = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
  return shown.length > max ? `${shown.slice(0, max)}…` : shown;
}

/** Bad input: the message names the field. */
export class InvalidInputError extends AtlasError {
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message, 400);
    this.field = field;
  }
}

export class NotFoundError extends AtlasError {
  constructor(message: string) {
    super(message, 404);
  }
}

/** The feature needs the other backend (e.g. Cypher on the memory store). */
export class NotSupportedError extends AtlasError {
  constructor(message: string) {
    super(message, 501);
  }
}

/** The store is down or unreachable; the app keeps running and retries on the next request. */
export class StoreUnavailableError extends AtlasError {
  constructor(message: string) {
    super(message, 503);
  }
}

/** Too many of a bounded kind of request at once (the Cypher console's slots); try again shortly. */
export class BusyError extends AtlasError {
  constructor(message: string) {
    super(message, 429);
  }
}

/** A request body in a media type the route does not take (the console takes application/json only). */
export class UnsupportedMediaTypeError extends AtlasError {
  constructor(message: string) {
    super(message, 415);
  }
}

/** A request body over the route's size limit; refused before it is read in full. */
export class PayloadTooLargeError extends AtlasError {
  constructor(message: string) {
    super(message, 413);
  }
}

export class QueryTimeoutError extends AtlasError {
  constructor(message: string) {
    super(message, 504);
  }
}

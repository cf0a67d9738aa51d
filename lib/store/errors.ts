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

// One rule for echoing user input, shared with the pages' notices (client code must not import lib/store).
export { echo } from '../echo';

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

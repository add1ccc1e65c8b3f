/** Errors the domain raises; adapters translate infrastructure errors into these. */

/** Base class: every shiftwatch error has a one-line, user-facing message. */
export class ShiftwatchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A config or watchlist file that cannot be used; the message names the file and line. */
export class ConfigError extends ShiftwatchError {}

/** A feed that could not be fetched or parsed. The run carries on with the other feeds. */
export class FeedError extends ShiftwatchError {
  constructor(
    readonly feed: string,
    readonly kind: FeedErrorKind,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${feed}: ${detail}`, options);
  }
}

export type FeedErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'forbidden-address'
  | 'too-many-redirects'
  | 'not-a-feed'
  | 'malformed'
  | 'empty'
  | 'decode'
  | 'not-found';

/** A conditional write lost a race: someone else changed the record first. */
export class ConcurrentUpdateError extends ShiftwatchError {}

import { FeedError, type FeedErrorKind } from '../errors.js';

/**
 * A FeedError from the HTTP layer that carries what the schedule needs: the status
 * and the server's Retry-After, so `nextFetchState` rests the feed as long as asked.
 */
export class FeedHttpError extends FeedError {
  constructor(
    feed: string,
    kind: FeedErrorKind,
    detail: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(feed, kind, detail, options);
  }
}

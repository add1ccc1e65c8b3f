/** A feed the user asked to follow. */
export interface FeedSource {
  /** http(s) URL or a local file path. */
  url: string;
  name?: string;
}

/** What we remember about a feed between fetches (conditional GET, back-off). */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO time before which the feed should not be fetched again. */
  restingUntil?: string;
  /** Why it rests (Retry-After, repeated failures, ttl...). */
  restReason?: string;
  consecutiveFailures?: number;
  /** ISO time of the first failure in the current run of failures (cleared by a success). */
  failingSince?: string;
  lastError?: string;
  lastFetchedAt?: string;
  /** Set when a permanent redirect moved the feed. */
  movedTo?: string;
}

export type FetchResult =
  | { status: 'not-modified'; state: FeedState }
  | {
      status: 'ok';
      body: Uint8Array;
      contentType?: string;
      /** URL after redirects, for resolving relative links. */
      finalUrl: string;
      state: FeedState;
    };

/** Fetches feed bytes. Throws FeedError with a one-line reason when it cannot. */
export interface FeedFetcher {
  fetch(feed: FeedSource, state?: FeedState): Promise<FetchResult>;
}

export interface FeedStateStore {
  get(url: string): Promise<FeedState | undefined>;
  /** States of many feeds in batch reads (the scheduler looks at every feed each pass). */
  getMany(urls: readonly string[]): Promise<Map<string, FeedState>>;
  put(state: FeedState): Promise<void>;
}

import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FeedError } from '../../domain/errors.js';
import { nextFetchState } from '../../domain/feed/schedule.js';
import type { FeedFetcher, FeedSource, FeedState, FetchResult } from '../../ports/feed-fetcher.js';
import { HttpFeedFetcher, type HttpFeedFetcherOptions } from '../http/http-feed-fetcher.js';

/**
 * Reads feeds from local files (a path or a file: URL), with the same size cap and
 * one-line errors as the HTTP fetcher. Always fetches: the story store dedupes.
 *
 * @example await new FileFeedFetcher().fetch({ url: 'samples/feeds/world.xml' })
 */
export class FileFeedFetcher implements FeedFetcher {
  constructor(private readonly options: { maxBytes?: number; now?: () => Date } = {}) {}

  async fetch(feed: FeedSource, state?: FeedState): Promise<FetchResult> {
    const now = this.options.now?.() ?? new Date();
    const maxBytes = this.options.maxBytes ?? 20 * 1024 * 1024;
    const path = feed.url.startsWith('file:') ? fileURLToPath(feed.url) : feed.url;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new FeedError(feed.url, 'not-found', 'not a file');
      if (info.size > maxBytes) throw new FeedError(feed.url, 'too-large', `file of ${info.size} bytes exceeds the ${maxBytes}-byte cap`);
      const body = await readFile(path);
      return { status: 'ok', body, finalUrl: feed.url, state: nextFetchState(state ?? { url: feed.url }, { kind: 'ok' }, now) };
    } catch (error) {
      if (error instanceof FeedError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new FeedError(feed.url, 'not-found', 'no such file', { cause: error });
      if (code === 'EACCES' || code === 'EPERM') throw new FeedError(feed.url, 'unreachable', 'permission denied', { cause: error });
      throw new FeedError(feed.url, 'unreachable', `cannot read file (${code ?? (error as Error).message})`, { cause: error });
    }
  }
}

/**
 * Sends http(s) URLs to the HTTP fetcher and everything without a scheme (or file:)
 * to the file fetcher; other schemes are refused.
 *
 * @example const fetcher = new CompositeFeedFetcher({ http: { userAgent, allowHosts: ['127.0.0.1'] } })
 */
export class CompositeFeedFetcher implements FeedFetcher {
  readonly http: FeedFetcher;
  readonly file: FeedFetcher;

  constructor(options: { http?: Partial<HttpFeedFetcherOptions> | FeedFetcher; file?: FeedFetcher } = {}) {
    this.http = isFetcher(options.http) ? options.http : new HttpFeedFetcher(options.http);
    this.file = options.file ?? new FileFeedFetcher({ now: isFetcher(options.http) ? undefined : options.http?.now });
  }

  fetch(feed: FeedSource, state?: FeedState): Promise<FetchResult> {
    return this.fetcherFor(feed.url).fetch(feed, state);
  }

  fetcherFor(url: string): FeedFetcher {
    if (/^https?:\/\//i.test(url)) return this.http;
    // A Windows drive letter ("C:\") is a path, not a scheme.
    if (/^[a-z][a-z0-9+.-]+:/i.test(url) && !/^file:/i.test(url)) {
      return {
        fetch: async (feed) => {
          throw new FeedError(feed.url, 'forbidden-address', `scheme "${url.split(':')[0]}" is not allowed`);
        },
      };
    }
    return this.file;
  }
}

function isFetcher(value: unknown): value is FeedFetcher {
  return !!value && typeof (value as FeedFetcher).fetch === 'function';
}

/**
 * The fetcher for one feed URL or path, with default HTTP options.
 *
 * @example await feedFetcherFor(url).fetch({ url })
 */
export function feedFetcherFor(url: string, http?: Partial<HttpFeedFetcherOptions>): FeedFetcher {
  return new CompositeFeedFetcher({ http }).fetcherFor(url);
}

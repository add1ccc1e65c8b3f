/**
 * The fetch queue's message: one feed, and the scheduler run that queued it (the correlation
 * id every log line of that run's workers carries).
 */
import type { FeedSource } from '../shared/ports/feed-fetcher.js';

export interface FeedMessage {
  feed: FeedSource;
  correlationId?: string;
}

/** Serialises a feed for the queue (well under SQS's 256 KB message limit). */
export function formatFeedMessage(message: FeedMessage): string {
  return JSON.stringify(message);
}

/**
 * Reads a queued feed message; throws on a malformed body, which SQS then retries and
 * dead-letters (a malformed message is a bug, not a bad feed).
 *
 * @example parseFeedMessage('{"feed":{"url":"https://example.org/rss"}}').feed.url
 */
export function parseFeedMessage(body: string): FeedMessage {
  const parsed = JSON.parse(body) as Partial<FeedMessage>;
  if (!parsed || typeof parsed.feed?.url !== 'string' || !/^https?:\/\//i.test(parsed.feed.url)) {
    throw new TypeError('fetch queue message has no http(s) feed.url');
  }
  const feed = { url: parsed.feed.url, ...(typeof parsed.feed.name === 'string' ? { name: parsed.feed.name } : {}) };
  return typeof parsed.correlationId === 'string' ? { feed, correlationId: parsed.correlationId } : { feed };
}

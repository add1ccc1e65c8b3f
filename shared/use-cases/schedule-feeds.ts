import { isDue } from '../domain/feed/schedule.js';
import type { FeedSource, FeedStateStore } from '../ports/feed-fetcher.js';

/**
 * The feeds whose turn has come: never fetched, or no longer resting (back-off,
 * Retry-After, ttl). A permanently redirected feed is fetched at its new address.
 *
 * @example const due = await selectDueFeeds(config.feeds, feedStates, new Date());
 */
export async function selectDueFeeds(feeds: readonly FeedSource[], states: FeedStateStore, now: Date): Promise<FeedSource[]> {
  const known = await states.getMany(feeds.map((feed) => feed.url));
  const due: FeedSource[] = [];
  for (const feed of feeds) {
    const state = known.get(feed.url);
    if (state && !isDue(state, now)) continue;
    due.push(state?.movedTo ? { ...feed, url: state.movedTo } : feed);
  }
  return due;
}

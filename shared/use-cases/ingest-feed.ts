import { FeedError } from '../domain/errors.js';
import { parseFeed } from '../domain/feed/parse-feed.js';
import { isDue, nextFetchState } from '../domain/feed/schedule.js';
import type { Alert, Story } from '../domain/types.js';
import type { FeedFetcher, FeedSource, FeedStateStore } from '../ports/feed-fetcher.js';
import type { StoryStore } from '../ports/story-store.js';
import { processStory, type PipelineDeps, type StoryOutcome } from './process-story.js';

export interface FetchDeps {
  fetcher: FeedFetcher;
  feedStates: FeedStateStore;
  stories: StoryStore;
  maxItemsPerFeed?: number;
}

export interface IngestDeps extends PipelineDeps, FetchDeps {
  /** Items older than this many hours never alert; undefined for no horizon. */
  horizonHours?: number;
}

export interface IngestReport {
  feed: string;
  name?: string;
  status: 'ok' | 'not-modified' | 'resting' | 'failed';
  items: number;
  newStories: number;
  duplicates: number;
  claims: number;
  alerts: Alert[];
  suppressedShifts: number;
  publishFailures: number;
  /** One-line reason when status is failed or resting. */
  reason?: string;
  errorKind?: string;
}

export function emptyReport(feed: FeedSource): IngestReport {
  return {
    feed: feed.url,
    ...(feed.name ? { name: feed.name } : {}),
    status: 'ok',
    items: 0,
    newStories: 0,
    duplicates: 0,
    claims: 0,
    alerts: [],
    suppressedShifts: 0,
    publishFailures: 0,
  };
}

/**
 * Fetches (conditionally) and parses one feed, recording its fetch state. A bad feed is
 * reported in the returned report, not thrown; unexpected errors (a store that is down) are.
 * Stories come back in publication order.
 */
export async function fetchFeedStories(
  feed: FeedSource,
  deps: FetchDeps,
  now: Date,
): Promise<{ report: IngestReport; stories: Story[] }> {
  const report = emptyReport(feed);
  const state = await deps.feedStates.get(feed.url);
  if (state && !isDue(state, now)) {
    const why = state.restReason ? ` (${state.restReason})` : '';
    return { report: { ...report, status: 'resting', reason: `resting until ${state.restingUntil}${why}` }, stories: [] };
  }
  try {
    const fetched = await deps.fetcher.fetch(feed, state);
    if (fetched.status === 'not-modified') {
      await deps.feedStates.put(nextFetchState(fetched.state, { kind: 'not-modified' }, now));
      return { report: { ...report, status: 'not-modified' }, stories: [] };
    }
    const parsed = await parseFeed(fetched.body, {
      // Stories keep the configured feed URL; relative links resolve against where the bytes came from.
      feedUrl: feed.url,
      baseUrl: fetched.finalUrl,
      feedName: feed.name,
      contentType: fetched.contentType,
      fetchedAt: now,
      maxItems: deps.maxItemsPerFeed,
    });
    await deps.feedStates.put(nextFetchState(fetched.state, { kind: 'ok', ttlMinutes: parsed.ttlMinutes }, now));
    const stories = [...parsed.stories].sort(byPublication);
    return { report: { ...report, items: stories.length }, stories: await unseen(stories, deps) };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    await deps.feedStates.put(nextFetchState(state ?? { url: feed.url }, { kind: 'failed', error }, now));
    return { report: { ...report, status: 'failed', reason: error.message, errorKind: error.kind }, stories: [] };
  }
}

/** The stories not yet processed: a feed mostly lists items seen on earlier passes. */
async function unseen(stories: Story[], deps: FetchDeps): Promise<Story[]> {
  if (stories.length === 0) return stories;
  const done = await deps.stories.processedIds(stories.map((story) => story.id));
  return stories.filter((story) => !done.has(story.id));
}

/** Adds one story's outcome to its feed's report. */
export function countOutcome(report: IngestReport, outcome: StoryOutcome): void {
  if (!outcome.isNew) return;
  report.newStories++;
  if (outcome.duplicateOf) report.duplicates++;
  report.claims += outcome.claims.length;
  report.alerts.push(...outcome.alerts);
  report.suppressedShifts += outcome.suppressedShifts;
  report.publishFailures += outcome.publishFailures;
}

/** The moment before which items raise no alert, or undefined for no horizon. */
export function alertHorizon(now: Date, horizonHours: number | undefined): Date | undefined {
  return horizonHours === undefined ? undefined : new Date(now.getTime() - horizonHours * 3_600_000);
}

export function byPublication(a: Story, b: Story): number {
  return a.published.localeCompare(b.published) || a.id.localeCompare(b.id);
}

/**
 * One feed, one pass: fetch, parse, and run every item through the pipeline in
 * publication order (the fetch worker's use case).
 *
 * @example const report = await ingestFeed({ url: 'https://example.org/rss' }, deps, new Date());
 */
export async function ingestFeed(feed: FeedSource, deps: IngestDeps, now: Date): Promise<IngestReport> {
  const { report, stories } = await fetchFeedStories(feed, deps, now);
  const horizon = alertHorizon(now, deps.horizonHours);
  for (const story of stories) {
    countOutcome(report, await processStory(story, deps, { now, alertHorizon: horizon }));
  }
  return report;
}

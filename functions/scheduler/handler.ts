/**
 * Scheduler: every 15 minutes (EventBridge), queue one message per feed that is due, i.e.
 * not resting after a failure, a Retry-After or a publisher's ttl. It also reports how many
 * feeds have gone a day without a successful fetch (the `FeedsFailingForADay` alarm).
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { DynamoDbFeedStateStore } from '../../shared/adapters/dynamodb/dynamodb-feed-state-store.js';
import type { FeedState, FeedStateStore } from '../../shared/ports/feed-fetcher.js';
import { selectDueFeeds } from '../../shared/use-cases/schedule-feeds.js';
import { FEED_QUEUE_URL_ENV, METRICS, TABLE_ENV } from '../contract.js';
import { createLogger, createMetrics, embeddedBundle, getStringFromEnv } from '../runtime.js';
import { feedsFailingForADay } from './feed-health.js';
import { SqsFeedQueue } from './sqs-feed-queue.js';

const logger = createLogger();
const metrics = createMetrics();
const { config } = embeddedBundle();
const feedStates = new DynamoDbFeedStateStore(new DynamoDBClient({}), getStringFromEnv({ key: TABLE_ENV.feeds }));
const queue = new SqsFeedQueue(new SQSClient({}), getStringFromEnv({ key: FEED_QUEUE_URL_ENV }));

/** Keeps the states the schedule reads, so the health check costs no second read. */
class RecordingFeedStates implements FeedStateStore {
  readonly seen = new Map<string, FeedState | undefined>();
  constructor(private readonly inner: FeedStateStore) {}
  async get(url: string): Promise<FeedState | undefined> {
    const state = await this.inner.get(url);
    this.seen.set(url, state);
    return state;
  }
  async getMany(urls: readonly string[]): Promise<Map<string, FeedState>> {
    const states = await this.inner.getMany(urls);
    for (const url of urls) this.seen.set(url, states.get(url));
    return states;
  }
  put(state: FeedState): Promise<void> {
    return this.inner.put(state);
  }
}

export async function handler(event: ScheduledEvent, context: Context): Promise<{ queued: number; failed: number }> {
  logger.addContext(context);
  logger.setCorrelationId(event.id);
  try {
    const now = new Date();
    const states = new RecordingFeedStates(feedStates);
    const due = await selectDueFeeds(config.feeds, states, now);
    const { sent, failed } = await queue.enqueue(due.map((feed) => ({ feed, correlationId: event.id })));
    const failing = feedsFailingForADay(states.seen.values(), now);
    metrics.addMetric(METRICS.feedsQueued, MetricUnit.Count, sent);
    metrics.addMetric(METRICS.feedsFailingForADay, MetricUnit.Count, failing.length);
    if (failing.length > 0) logger.warn('feeds failing for a day', { feedUrls: failing });
    if (failed > 0) logger.error('feeds not queued; the next run retries them', { failed });
    logger.info('schedule run', { feeds: config.feeds.length, due: due.length, queued: sent });
    return { queued: sent, failed };
  } finally {
    metrics.publishStoredMetrics();
  }
}

/**
 * The contract between the CDK stack and the Lambda handlers: environment variable names,
 * the metrics namespace, service names and metric names. Both sides import this file, so a
 * renamed variable or metric breaks the build instead of an alarm silently watching nothing.
 * No imports, no side effects: it is bundled into every function.
 */
import type { TableKey } from '../shared/adapters/dynamodb-tables.js';

/** Environment variable holding each table's deployed name. */
export const TABLE_ENV: Record<TableKey, string> = {
  stories: 'STORIES_TABLE',
  positions: 'POSITIONS_TABLE',
  alerts: 'ALERTS_TABLE',
  feeds: 'FEEDS_TABLE',
};

export const FEED_QUEUE_URL_ENV = 'FEED_QUEUE_URL';
export const ALERT_TOPIC_ARN_ENV = 'ALERT_TOPIC_ARN';
export const DIGEST_TOPIC_ARN_ENV = 'DIGEST_TOPIC_ARN';
/** JSON list of `{ id, filter? }`: the digest subscribers, without their addresses. */
export const DIGEST_SUBSCRIBERS_ENV = 'DIGEST_SUBSCRIBERS';

/** CloudWatch namespace of the Powertools metrics (POWERTOOLS_METRICS_NAMESPACE). */
export const METRICS_NAMESPACE = 'Shiftwatch';

/** POWERTOOLS_SERVICE_NAME per function; Powertools adds it as the `service` dimension. */
export const SERVICES = {
  scheduler: 'shiftwatch-scheduler',
  fetchWorker: 'shiftwatch-fetch-worker',
  alertDispatcher: 'shiftwatch-alert-dispatcher',
  digest: 'shiftwatch-digest',
} as const;

/** Metric names, all unit Count. */
export const METRICS = {
  /** Scheduler: feeds sent to the fetch queue. */
  feedsQueued: 'FeedsQueued',
  /** Scheduler: feeds whose last success (or first failure) is more than a day old. */
  feedsFailingForADay: 'FeedsFailingForADay',
  feedsFetched: 'FeedsFetched',
  feedsNotModified: 'FeedsNotModified',
  feedFailures: 'FeedFailures',
  storiesNew: 'StoriesNew',
  claims: 'Claims',
  shifts: 'Shifts',
  alertsRecorded: 'AlertsRecorded',
  alertsPublished: 'AlertsPublished',
  alertPublishFailures: 'AlertPublishFailures',
  /** Dispatcher sweep: alerts still pending after a delivery attempt. */
  alertsStuck: 'AlertsStuck',
  /** Digest: digests published in a run. */
  digestsSent: 'DigestsSent',
  digestFailures: 'DigestFailures',
} as const;

/**
 * Fetch worker: one SQS message per feed (queued by the scheduler). Each feed runs through
 * `ingestFeed`; a bad feed is a counted, logged report, not a failure. Only an unexpected
 * error (a store that is down) fails the record, so SQS redelivers it and, after three tries,
 * parks it in the dead-letter queue. Alerts are only recorded in the outbox here: the alert
 * dispatcher is the one function allowed to publish.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbFeedStateStore } from '../../shared/adapters/dynamodb/dynamodb-feed-state-store.js';
import { DynamoDbNearDuplicateIndex } from '../../shared/adapters/dynamodb/dynamodb-near-duplicate-index.js';
import { DynamoDbPositionStore } from '../../shared/adapters/dynamodb/dynamodb-position-store.js';
import { DynamoDbStoryStore } from '../../shared/adapters/dynamodb/dynamodb-story-store.js';
import { HttpFeedFetcher } from '../../shared/adapters/http/http-feed-fetcher.js';
import { shiftSettings } from '../../shared/domain/positions/shift-rules.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
import { ingestFeed, type IngestDeps } from '../../shared/use-cases/ingest-feed.js';
import { METRICS, TABLE_ENV } from '../contract.js';
import { parseFeedMessage } from '../feed-message.js';
import { createLogger, createMetrics, embeddedBundle, getStringFromEnv } from '../runtime.js';

const logger = createLogger();
const metrics = createMetrics();
const { config, watchlist } = embeddedBundle();
const db = new DynamoDBClient({});
const storiesTable = getStringFromEnv({ key: TABLE_ENV.stories });
const deps: IngestDeps = {
  stories: new DynamoDbStoryStore(db, storiesTable),
  // Shared by every worker through the stories table, so twenty outlets' copies of one story count once.
  nearDuplicates: new DynamoDbNearDuplicateIndex(db, storiesTable),
  positions: new DynamoDbPositionStore(db, getStringFromEnv({ key: TABLE_ENV.positions })),
  outbox: new DynamoDbAlertOutbox(db, getStringFromEnv({ key: TABLE_ENV.alerts })),
  feedStates: new DynamoDbFeedStateStore(db, getStringFromEnv({ key: TABLE_ENV.feeds })),
  fetcher: new HttpFeedFetcher(config.fetch),
  reader: createStanceReader(watchlist),
  watchlist,
  shiftSettings: shiftSettings(config.shifts),
  maxItemsPerFeed: config.fetch.maxItemsPerFeed,
  horizonHours: config.horizonHours,
};
const processor = new BatchProcessor(EventType.SQS);

async function processRecord(record: SQSRecord): Promise<void> {
  const message = parseFeedMessage(record.body);
  const log = logger.createChild();
  log.setCorrelationId(message.correlationId ?? record.messageId);
  log.appendKeys({ feedUrl: message.feed.url, messageId: record.messageId });
  const report = await ingestFeed(message.feed, deps, new Date());
  const count = (name: string, value: number) => metrics.addMetric(name, MetricUnit.Count, value);
  if (report.status === 'ok') count(METRICS.feedsFetched, 1);
  if (report.status === 'not-modified') count(METRICS.feedsNotModified, 1);
  if (report.status === 'failed') count(METRICS.feedFailures, 1);
  count(METRICS.storiesNew, report.newStories);
  count(METRICS.claims, report.claims);
  count(METRICS.shifts, report.alerts.length + report.suppressedShifts);
  count(METRICS.alertsRecorded, report.alerts.length);
  const summary = {
    status: report.status,
    items: report.items,
    newStories: report.newStories,
    claims: report.claims,
    alertIds: report.alerts.map((a) => a.id),
    ...(report.reason ? { reason: report.reason, errorKind: report.errorKind } : {}),
  };
  if (report.status === 'failed') log.warn('feed failed', summary);
  else log.info('feed done', summary);
}

export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  try {
    return await processPartialResponse(event, processRecord, processor, { context });
  } finally {
    metrics.publishStoredMetrics();
  }
}

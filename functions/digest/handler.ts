/**
 * Daily digest: once a day (EventBridge), sends each digest subscriber the alerts of the last
 * 24 hours its filter matches, as one message on the digest topic. Idempotent per subscriber
 * and day, so EventBridge's retry of a failed run sends only what is still missing.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbDigestLedger } from '../../shared/adapters/dynamodb/dynamodb-digest-ledger.js';
import { SnsDigestPublisher } from '../../shared/adapters/sns/sns-digest-publisher.js';
import { sendDigests } from '../../shared/use-cases/send-digests.js';
import { DIGEST_SUBSCRIBERS_ENV, DIGEST_TOPIC_ARN_ENV, METRICS, TABLE_ENV } from '../contract.js';
import { createLogger, createMetrics, getStringFromEnv } from '../runtime.js';
import { decodeDigestSubscribers } from './digest-subscribers.js';

const logger = createLogger();
const metrics = createMetrics();
const dynamodb = new DynamoDBClient({});
const alertsTable = getStringFromEnv({ key: TABLE_ENV.alerts });
const subscribers = decodeDigestSubscribers(getStringFromEnv({ key: DIGEST_SUBSCRIBERS_ENV }), DIGEST_SUBSCRIBERS_ENV);
const history = new DynamoDbAlertOutbox(dynamodb, alertsTable);
const ledger = new DynamoDbDigestLedger(dynamodb, alertsTable);
const publisher = new SnsDigestPublisher(new SNSClient({}), getStringFromEnv({ key: DIGEST_TOPIC_ARN_ENV }));

/** Thrown so EventBridge retries the run; subscribers already sent today are skipped. */
class DigestNotDeliveredError extends Error {}

export async function handler(event: ScheduledEvent, context: Context) {
  logger.addContext(context);
  logger.setCorrelationId(event.id);
  // The scheduled time, not the clock: a retried invocation covers the same window and day.
  const scheduled = Date.parse(event.time);
  const now = Number.isNaN(scheduled) ? new Date() : new Date(scheduled);
  try {
    const run = await sendDigests(subscribers, { history, ledger, publisher, now: () => now });
    metrics.addMetric(METRICS.digestsSent, MetricUnit.Count, run.sent);
    metrics.addMetric(METRICS.digestFailures, MetricUnit.Count, run.failed);
    logger.info('digest run', { day: run.day, sent: run.sent, failed: run.failed, results: run.results });
    if (run.failed > 0) {
      logger.error('digests not delivered', { errors: run.errors });
      throw new DigestNotDeliveredError(`${run.failed} digest(s) not published`);
    }
    return { day: run.day, sent: run.sent, results: run.results };
  } finally {
    metrics.publishStoredMetrics();
  }
}

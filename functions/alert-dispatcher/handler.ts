/**
 * Alert dispatcher: the one function allowed to publish to the alert topic. Two triggers:
 * - the outbox table's stream (a new alert was recorded): deliver that alert now;
 * - a periodic EventBridge sweep: deliver everything still pending (SNS was down, a stream
 *   record expired). Delivery is idempotent per alert id, so the two never double-send.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, ScheduledEvent } from 'aws-lambda';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { SnsAlertPublisher } from '../../shared/adapters/sns/sns-alert-publisher.js';
import { deliverAlert, deliverPending, type DeliveryDeps } from '../../shared/use-cases/deliver-alerts.js';
import { ALERT_TOPIC_ARN_ENV, METRICS, TABLE_ENV } from '../contract.js';
import { createLogger, createMetrics, getStringFromEnv } from '../runtime.js';

const logger = createLogger();
const metrics = createMetrics();
const deps: DeliveryDeps = {
  outbox: new DynamoDbAlertOutbox(new DynamoDBClient({}), getStringFromEnv({ key: TABLE_ENV.alerts })),
  publisher: new SnsAlertPublisher(new SNSClient({}), getStringFromEnv({ key: ALERT_TOPIC_ARN_ENV })),
};
const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** Thrown so the stream retries the record; the sweep catches it if retries run out. */
class AlertNotDeliveredError extends Error {}

async function processRecord(record: DynamoDBRecord): Promise<void> {
  const id = record.dynamodb?.Keys?.id?.S;
  if (!id) {
    logger.warn('outbox stream record without an id', { eventId: record.eventID });
    return;
  }
  const result = await deliverAlert(id, deps);
  logger.info('alert delivery', { alertId: id, result });
  if (result === 'published') metrics.addMetric(METRICS.alertsPublished, MetricUnit.Count, 1);
  if (result === 'failed') {
    metrics.addMetric(METRICS.alertPublishFailures, MetricUnit.Count, 1);
    throw new AlertNotDeliveredError(`alert ${id} not published yet`);
  }
}

function isStreamEvent(event: DynamoDBStreamEvent | ScheduledEvent): event is DynamoDBStreamEvent {
  return Array.isArray((event as DynamoDBStreamEvent).Records);
}

export async function handler(event: DynamoDBStreamEvent | ScheduledEvent, context: Context) {
  logger.addContext(context);
  try {
    if (isStreamEvent(event)) {
      logger.setCorrelationId(event.Records[0]?.eventID);
      return await processPartialResponse(event, processRecord, processor, { context });
    }
    logger.setCorrelationId(event.id);
    const { published, failed } = await deliverPending(deps);
    metrics.addMetric(METRICS.alertsPublished, MetricUnit.Count, published);
    metrics.addMetric(METRICS.alertPublishFailures, MetricUnit.Count, failed);
    // Still pending after a delivery attempt: the AlertsStuck alarm fires after three sweeps.
    metrics.addMetric(METRICS.alertsStuck, MetricUnit.Count, failed);
    logger.info('outbox sweep', { published, failed });
    return { published, failed };
  } finally {
    metrics.publishStoredMetrics();
  }
}

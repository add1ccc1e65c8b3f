/**
 * The digest function as deployed (esbuild bundle with the construct's options), run against
 * dynalite and the fauxqs SNS/SQS emulator, with the environment the DailyDigest construct sets.
 */
import { ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { startFauxqs, type FauxqsServer } from 'fauxqs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_TOPIC_ARN_ENV, DIGEST_SUBSCRIBERS_ENV, DIGEST_TOPIC_ARN_ENV, METRICS, TABLE_ENV } from '../../functions/contract.js';
import { encodeDigestSubscribers } from '../../functions/digest/digest-subscribers.js';
import { buildFunctionBundle } from '../../infra/build-bundles.js';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { startEmbeddedDynamoDb, type EmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import { subscriberId } from '../../shared/domain/alerts/digest.js';
import { anAlert } from '../support/fixtures.js';
import { invokeCapturingMetrics, type Handler } from '../support/lambda-invoke.js';


const SUBSCRIBERS = [
  { protocol: 'email' as const, endpoint: 'russia-desk@example.org', filter: { actors: ['russia'] } },
  { protocol: 'sms' as const, endpoint: '+12025550100' },
];
const context = {
  functionName: 'shiftwatch-digest-test',
  awsRequestId: 'req-1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:shiftwatch-digest-test',
  memoryLimitInMB: '256',
  getRemainingTimeInMillis: () => 60_000,
};
const scheduled = (id: string, time: string) => ({ id, 'detail-type': 'Scheduled Event', source: 'aws.events', time });

let db: EmbeddedDynamoDb;
let fauxqs: FauxqsServer;
let sqs: SQSClient;
let outDir: string;
let handler: Handler;
let dispatcher: Handler;
const queues: Record<string, string> = {};

const invoke = (event: unknown, fn: () => Handler = () => handler) => invokeCapturingMetrics(fn(), event, context);

async function receiveAll(queueUrl: string): Promise<Message[]> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
  return out.Messages ?? [];
}

beforeAll(async () => {
  db = await startEmbeddedDynamoDb();
  fauxqs = await startFauxqs({ port: 0, logger: false });
  const { topicArn } = fauxqs.createTopic('digest');
  for (const [name, s] of [['desk', SUBSCRIBERS[0]], ['phone', SUBSCRIBERS[1]]] as const) {
    queues[name] = fauxqs.createQueue(`digest-${name}`).queueUrl;
    fauxqs.subscribe({ topic: 'digest', queue: `digest-${name}`, attributes: { FilterPolicy: JSON.stringify({ subscriber: [subscriberId(s.protocol, s.endpoint)] }) } });
  }
  const outbox = new DynamoDbAlertOutbox(db.client, db.tableNames.alerts);
  await outbox.record(anAlert({ id: 'h-ukraine', at: '2026-11-24T10:00:00.000Z' }));
  await outbox.record(anAlert({ id: 'h-russia', actor: 'russia', actorName: 'Russia', at: '2026-11-25T02:00:00.000Z' }));
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
    AWS_ENDPOINT_URL_SNS: fauxqs.address,
    POWERTOOLS_METRICS_NAMESPACE: 'Shiftwatch',
    POWERTOOLS_SERVICE_NAME: 'shiftwatch-digest',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    [TABLE_ENV.alerts]: db.tableNames.alerts,
    [DIGEST_TOPIC_ARN_ENV]: topicArn,
    // The dispatcher's topic, with the same subscriptions: anything it published would show.
    [ALERT_TOPIC_ARN_ENV]: topicArn,
    [DIGEST_SUBSCRIBERS_ENV]: encodeDigestSubscribers(SUBSCRIBERS),
  });
  sqs = new SQSClient({ region: 'us-east-1', endpoint: fauxqs.address, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  outDir = mkdtempSync(join(tmpdir(), 'shiftwatch-digest-handler-'));
  await buildFunctionBundle('digest', outDir, {});
  handler = (await import(pathToFileURL(join(outDir, 'index.mjs')).href)).handler;
  await buildFunctionBundle('alertDispatcher', join(outDir, 'dispatcher'), {});
  dispatcher = (await import(pathToFileURL(join(outDir, 'dispatcher', 'index.mjs')).href)).handler;
}, 120_000);

afterAll(async () => {
  sqs?.destroy();
  await fauxqs?.stop();
  await db?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('Lambda handler: digest, bundled as deployed', { timeout: 60_000 }, () => {
  it('sends each subscriber its own digest of the 24 hours before the scheduled time', async () => {
    const { result, error, metrics } = await invoke(scheduled('run-1', '2026-11-25T07:00:00Z'));
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ day: '2026-11-25', sent: 2 });
    expect(metrics[METRICS.digestsSent]).toBe(2);
    const desk = await receiveAll(queues.desk);
    expect(desk).toHaveLength(1);
    expect(JSON.parse(JSON.parse(desk[0].Body!).Message).sms).toBe('shiftwatch digest: 1 shift (Russia renounce-nato oppose->conditional)');
    const phone = await receiveAll(queues.phone);
    expect(phone).toHaveLength(1);
    expect(JSON.parse(JSON.parse(phone[0].Body!).Message).sms).toMatch(/^shiftwatch digest: 2 shifts \(Ukraine .*, Russia .*\)$/);
  });

  it('sends nothing when EventBridge retries the same scheduled event', async () => {
    const { result, metrics } = await invoke(scheduled('run-1', '2026-11-25T07:00:00Z'));
    expect(result.sent).toBe(0);
    expect(Object.values(result.results)).toEqual(['already-sent', 'already-sent']);
    expect(metrics[METRICS.digestsSent]).toBe(0);
    expect(await receiveAll(queues.desk)).toEqual([]);
    expect(await receiveAll(queues.phone)).toEqual([]);
  });

  it('sends no empty digest on a quiet day', async () => {
    const { result } = await invoke(scheduled('run-2', '2026-11-27T07:00:00Z'));
    expect(result).toMatchObject({ day: '2026-11-27', sent: 0 });
    expect(Object.values(result.results)).toEqual(['empty', 'empty']);
    expect(await receiveAll(queues.phone)).toEqual([]);
  });

  it('leaves the alert dispatcher calm when a digest marker reaches it through the outbox stream', async () => {
    // Markers live in the alerts table, so their inserts appear on its stream too.
    const { result, error } = await invoke(
      { Records: [{ eventID: 'm1', eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { Keys: { id: { S: `digest#${subscriberId('sms', '+12025550100')}#2026-11-25` } }, SequenceNumber: '1' } }] },
      () => dispatcher,
    );
    expect(error).toBeUndefined();
    expect(result).toEqual({ batchItemFailures: [] });
    expect(await receiveAll(queues.phone)).toEqual([]);
  });
});

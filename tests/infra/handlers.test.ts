/**
 * The deployed handlers, as built for Lambda (esbuild bundles with the construct's options and
 * the embedded config), run against local stand-ins: dynalite for DynamoDB, fauxqs for SQS and
 * SNS, a loopback HTTP server for the feed. One pass: schedule -> fetch -> outbox -> publish.
 */
import { ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { interceptLocalhostDns, startFauxqs, type FauxqsServer } from 'fauxqs';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_TOPIC_ARN_ENV, FEED_QUEUE_URL_ENV, METRICS, TABLE_ENV } from '../../functions/contract.js';
import { buildFunctionBundle } from '../../infra/build-bundles.js';
import { functionDefine, type FunctionName } from '../../infra/constructs/bundling.js';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { startEmbeddedDynamoDb, type EmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import { DEFAULT_FETCH_SETTINGS, type BundledConfig } from '../../shared/config.js';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { invokeCapturingMetrics, type Handler } from '../support/lambda-invoke.js';

const FEED_FILE = '../shared/eval/dev/feeds/northgate-ledger.xml';
const WATCHLIST_FILE = '../shared/eval/dev/watchlist.yaml';


let db: EmbeddedDynamoDb;
let fauxqs: FauxqsServer;
let feedServer: Server;
let restoreDns: () => void;
let outDir: string;
let sqs: SQSClient;
let feedQueueUrl: string;
let subscriberQueueUrl: string;
const handlers = {} as Record<FunctionName, Handler>;

const context = {
  functionName: 'shiftwatch-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:shiftwatch-test',
  memoryLimitInMB: '1024',
  awsRequestId: 'req-1',
  logGroupName: '/aws/lambda/shiftwatch-test',
  logStreamName: 'stream',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60_000,
};

/** Calls a handler and returns its result and the EMF metrics it printed (a thrown error fails the test). */
async function invoke(fn: FunctionName, event: unknown): Promise<{ result: any; metrics: Record<string, number> }> {
  const { result, error, metrics } = await invokeCapturingMetrics(handlers[fn], event, context);
  if (error) throw error;
  return { result, metrics };
}

async function receiveAll(queueUrl: string): Promise<Message[]> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, MessageAttributeNames: ['All'] }));
  return out.Messages ?? [];
}

beforeAll(async () => {
  restoreDns = interceptLocalhostDns();
  db = await startEmbeddedDynamoDb();
  fauxqs = await startFauxqs({ port: 0, logger: false });
  feedQueueUrl = fauxqs.createQueue('feeds').queueUrl;
  subscriberQueueUrl = fauxqs.createQueue('subscriber').queueUrl;
  const { topicArn } = fauxqs.createTopic('alerts');
  fauxqs.subscribe({ topic: 'alerts', queue: 'subscriber' });
  const feedXml = readFileSync(FEED_FILE);
  feedServer = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml));
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;

  const bundle: BundledConfig = {
    config: {
      feeds: [{ url: feedUrl, name: 'Northgate Ledger' }, { url: '/local/only.xml' }],
      watchlist: WATCHLIST_FILE,
      store: '.shiftwatch',
      alertsFile: 'alerts.jsonl',
      // The dev feed's items are older than any default horizon; here they must alert.
      horizonHours: 1_000_000,
      fetch: { ...DEFAULT_FETCH_SETTINGS, allowHosts: ['127.0.0.1'] },
      shifts: {},
    },
    watchlist: parseWatchlist(readFileSync(WATCHLIST_FILE, 'utf8'), WATCHLIST_FILE),
  };
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
    AWS_ENDPOINT_URL_SQS: fauxqs.address,
    AWS_ENDPOINT_URL_SNS: fauxqs.address,
    POWERTOOLS_METRICS_NAMESPACE: 'Shiftwatch',
    POWERTOOLS_SERVICE_NAME: 'shiftwatch-test',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    [TABLE_ENV.stories]: db.tableNames.stories,
    [TABLE_ENV.positions]: db.tableNames.positions,
    [TABLE_ENV.alerts]: db.tableNames.alerts,
    [TABLE_ENV.feeds]: db.tableNames.feeds,
    [FEED_QUEUE_URL_ENV]: feedQueueUrl,
    [ALERT_TOPIC_ARN_ENV]: topicArn,
  });
  sqs = new SQSClient({ region: 'us-east-1', endpoint: fauxqs.address, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  outDir = mkdtempSync(join(tmpdir(), 'shiftwatch-handlers-'));
  const { define } = functionDefine(bundle);
  for (const fn of ['scheduler', 'fetchWorker', 'alertDispatcher'] as FunctionName[]) {
    await buildFunctionBundle(fn, join(outDir, fn), define);
    handlers[fn] = (await import(pathToFileURL(join(outDir, fn, 'index.mjs')).href)).handler;
  }
}, 120_000);

afterAll(async () => {
  sqs?.destroy();
  await fauxqs?.stop();
  await db?.stop();
  await new Promise<void>((resolve) => (feedServer ? feedServer.close(() => resolve()) : resolve()));
  restoreDns?.();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('Lambda handlers, bundled as deployed', { timeout: 60_000 }, () => {
  let feedMessage: Message;
  let alertIds: string[] = [];

  it('scheduler: queues the deployed http(s) feed, carrying the run id as correlation id', async () => {
    const { result, metrics } = await invoke('scheduler', { id: 'run-1', 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString() });
    expect(result).toEqual({ queued: 1, failed: 0 });
    expect(metrics[METRICS.feedsQueued]).toBe(1);
    const messages = await receiveAll(feedQueueUrl);
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0].Body!)).toMatchObject({ feed: { name: 'Northgate Ledger' }, correlationId: 'run-1' });
    feedMessage = messages[0];
  });

  it('fetch worker: ingests the feed, records alerts in the outbox without publishing, and reports a bad record alone', async () => {
    const record = (messageId: string, body: string) => ({
      messageId,
      receiptHandle: messageId,
      body,
      attributes: {},
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:feeds',
      awsRegion: 'us-east-1',
    });
    const { result, metrics } = await invoke('fetchWorker', {
      Records: [record('good', feedMessage.Body!), record('bad', '{"feed":{}}')],
    });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    expect(metrics[METRICS.feedsFetched]).toBe(1);
    expect(metrics[METRICS.storiesNew]).toBeGreaterThan(0);
    expect(metrics[METRICS.alertsRecorded]).toBeGreaterThan(0);
    const pending = await new DynamoDbAlertOutbox(db.client, db.tableNames.alerts).pending();
    expect(pending).toHaveLength(metrics[METRICS.alertsRecorded]);
    alertIds = pending.map((e) => e.alert.id);
    expect(await receiveAll(subscriberQueueUrl)).toEqual([]);
  });

  it('alert dispatcher sweep: publishes each pending alert once, with filterable attributes', async () => {
    const { result, metrics } = await invoke('alertDispatcher', { id: 'sweep-1', 'detail-type': 'Scheduled Event', source: 'aws.events' });
    expect(result).toEqual({ published: alertIds.length, failed: 0 });
    expect(metrics[METRICS.alertsPublished]).toBe(alertIds.length);
    expect(metrics[METRICS.alertsStuck]).toBe(0);
    const delivered = await receiveAll(subscriberQueueUrl);
    expect(delivered).toHaveLength(alertIds.length);
    const envelope = JSON.parse(delivered[0].Body!);
    expect(Object.keys(envelope.MessageAttributes)).toEqual(expect.arrayContaining(['actor', 'issue', 'from', 'to', 'direction', 'severity']));
    expect(await new DynamoDbAlertOutbox(db.client, db.tableNames.alerts).pending()).toEqual([]);
  });

  it('alert dispatcher stream: a redelivered outbox insert sends nothing twice', async () => {
    const { result, metrics } = await invoke('alertDispatcher', {
      Records: [{ eventID: 'e1', eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { Keys: { id: { S: alertIds[0] } }, SequenceNumber: '1' } }],
    });
    expect(result).toEqual({ batchItemFailures: [] });
    expect(metrics[METRICS.alertsPublished] ?? 0).toBe(0);
    expect(await receiveAll(subscriberQueueUrl)).toEqual([]);
  });
});

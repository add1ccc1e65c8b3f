import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SERVICES } from '../../functions/contract.js';
import { ShiftwatchFunction } from './shiftwatch-function.js';
import type { StoryStore } from './story-store.js';

export interface SqsToFetchWorkerProps {
  readonly store: StoryStore;
  /** esbuild defines embedding the validated config bundle. */
  readonly define: Record<string, string>;
  /** Feeds per invocation; they are fetched concurrently. @default 10 */
  readonly batchSize?: number;
  /**
   * Most worker invocations at once: bounds load on DynamoDB and on feed hosts.
   * @default 20
   */
  readonly maxConcurrency?: number;
  /** @default 1024 (the NLP model and parser like memory; CPU scales with it) */
  readonly memorySize?: number;
  /** @default Duration.seconds(90) */
  readonly timeout?: Duration;
  /** Deliveries of one feed message before it goes to the dead-letter queue. @default 3 */
  readonly maxReceiveCount?: number;
}

/**
 * The fetch queue and its workers: one SQS message per feed, a dead-letter queue for feeds
 * whose processing throws an unexpected error three times, and the fetch-worker function that
 * fetches, parses, reads stances, updates positions and records alerts in the outbox. It may
 * not publish: only the alert dispatcher can.
 *
 * @example const workers = new SqsToFetchWorker(this, 'FetchWorkers', { store, define });
 */
export class SqsToFetchWorker extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly fn: ShiftwatchFunction;

  constructor(scope: Construct, id: string, props: SqsToFetchWorkerProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(90);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance: at least six times the function timeout, so a throttled batch is not
      // redelivered while a worker still holds it.
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * 6),
      // A feed message older than one schedule period is superseded by the next run.
      retentionPeriod: Duration.hours(1),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 3 },
    });
    this.fn = new ShiftwatchFunction(this, 'Function', {
      handler: 'fetchWorker',
      serviceName: SERVICES.fetchWorker,
      description: 'shiftwatch: fetch one feed per message, store stories, read stances, record shifts',
      memorySize: props.memorySize ?? 1024,
      timeout,
      define: props.define,
    });
    props.store.bind(this.fn, ['stories', 'positions', 'alerts', 'feeds']);
    this.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize ?? 10,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency ?? 20,
      }),
    );
  }
}

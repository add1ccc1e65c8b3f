import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FEED_QUEUE_URL_ENV, SERVICES } from '../../functions/contract.js';
import { ShiftwatchFunction } from './shiftwatch-function.js';
import type { StoryStore } from './story-store.js';

export interface EventbridgeToSchedulerProps {
  readonly store: StoryStore;
  /** The fetch queue the scheduler sends one message per due feed to. */
  readonly queue: IQueue;
  /** esbuild defines embedding the validated config bundle (the feed list). */
  readonly define: Record<string, string>;
  /** How often every feed is considered. @default Duration.minutes(15) */
  readonly interval?: Duration;
}

/**
 * The feed schedule: an EventBridge rule wakes the scheduler function, which reads each feed's
 * state (conditional-GET validators, back-off) and queues the feeds that are due.
 *
 * @example new EventbridgeToScheduler(this, 'Schedule', { store, queue: workers.queue, define });
 */
export class EventbridgeToScheduler extends Construct {
  readonly rule: Rule;
  readonly fn: ShiftwatchFunction;

  constructor(scope: Construct, id: string, props: EventbridgeToSchedulerProps) {
    super(scope, id);
    this.fn = new ShiftwatchFunction(this, 'Function', {
      handler: 'scheduler',
      serviceName: SERVICES.scheduler,
      description: 'shiftwatch: queue the feeds that are due for a fetch',
      // Reads every feed's state each run: 10,000 feeds take tens of seconds of DynamoDB reads.
      timeout: Duration.minutes(5),
      define: props.define,
      environment: { [FEED_QUEUE_URL_ENV]: props.queue.queueUrl },
    });
    props.store.bind(this.fn, ['feeds'], 'read');
    props.queue.grantSendMessages(this.fn);
    this.rule = new Rule(this, 'Rule', {
      description: 'shiftwatch feed schedule',
      schedule: Schedule.rate(props.interval ?? Duration.minutes(15)),
      targets: [new LambdaFunction(this.fn, { retryAttempts: 2 })],
    });
  }
}

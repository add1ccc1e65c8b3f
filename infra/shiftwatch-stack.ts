import { relative } from 'node:path';
import { Annotations, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { BundledConfig } from '../shared/config.js';
import { checkWatchlist } from '../shared/domain/reading/watchlist-check.js';
import type { ShiftwatchContext } from './context.js';
import { AlertTopic } from './constructs/alert-topic.js';
import { OutboxToSns } from './constructs/alert-dispatcher.js';
import { DailyDigest } from './constructs/daily-digest.js';
import { functionDefine } from './constructs/bundling.js';
import { EventbridgeToScheduler } from './constructs/feed-schedule.js';
import { SqsToFetchWorker } from './constructs/fetch-workers.js';
import { Monitoring } from './constructs/monitoring.js';
import { StoryStore } from './constructs/story-store.js';

export interface ShiftwatchStackProps extends StackProps {
  /** The validated config and watchlist, embedded into the functions. */
  readonly bundle: BundledConfig;
  /** Validated context: subscribers, operators, config path. */
  readonly context: ShiftwatchContext;
}

/**
 * The deployable shiftwatch: schedule -> fetch queue -> workers -> tables -> outbox stream ->
 * dispatcher -> SNS, plus monitoring. Wiring only; each concern lives in its construct.
 */
export class ShiftwatchStack extends Stack {
  readonly store: StoryStore;
  readonly alertTopic: AlertTopic;
  readonly workers: SqsToFetchWorker;
  readonly schedule: EventbridgeToScheduler;
  readonly dispatcher: OutboxToSns;
  /** Only when at least one subscriber asked for `digest: 'daily'`. */
  readonly digest?: DailyDigest;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: ShiftwatchStackProps) {
    super(scope, id, props);
    const { define, skipped } = functionDefine(props.bundle);
    if (skipped.length > 0) {
      const deployed = props.bundle.config.feeds.length - skipped.length;
      Annotations.of(this).addWarningV2(
        'shiftwatch:localFeedsSkipped',
        `${skipped.length} local-file feed(s) in ${props.context.configPath} are not deployed (a Lambda function cannot read your files); only the ${deployed} http(s) feed(s) are.`,
      );
    }

    // A watchlist the reader misreads misreads every story: `cdk synth` says what `shiftwatch watchlist` would.
    for (const warning of checkWatchlist(props.bundle.watchlist).warnings) {
      Annotations.of(this).addWarningV2('shiftwatch:watchlist', `watchlist ${relative(process.cwd(), props.bundle.config.watchlist)}: ${warning}`);
    }

    this.store = new StoryStore(this, 'Store');
    const instant = props.context.subscribers.filter((s) => !s.digest);
    const digest = props.context.subscribers.filter((s) => s.digest === 'daily');
    this.alertTopic = new AlertTopic(this, 'Alerts', { subscribers: instant });
    this.workers = new SqsToFetchWorker(this, 'FetchWorkers', { store: this.store, define });
    this.schedule = new EventbridgeToScheduler(this, 'FeedSchedule', { store: this.store, queue: this.workers.queue, define });
    this.dispatcher = new OutboxToSns(this, 'AlertDispatcher', { store: this.store, alertTopic: this.alertTopic });
    if (digest.length > 0) {
      this.digest = new DailyDigest(this, 'Digest', { store: this.store, subscribers: digest, hourUtc: props.context.digestHourUtc });
    }
    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions: {
        Scheduler: this.schedule.fn,
        FetchWorker: this.workers.fn,
        AlertDispatcher: this.dispatcher.fn,
        ...(this.digest ? { Digest: this.digest.fn } : {}),
      },
      fetchQueue: this.workers.queue,
      deadLetterQueue: this.workers.deadLetterQueue,
      opsEmails: props.context.opsEmails,
    });
  }
}

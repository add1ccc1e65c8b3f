import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey } from 'aws-cdk-lib/aws-kms';
import { SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { DIGEST_SUBSCRIBERS_ENV, DIGEST_TOPIC_ARN_ENV, SERVICES } from '../../functions/contract.js';
import { encodeDigestSubscribers } from '../../functions/digest/digest-subscribers.js';
import { DIGEST_MARKER_PREFIX } from '../../shared/adapters/dynamodb/dynamodb-digest-ledger.js';
import { DIGEST_SUBSCRIBER_ATTRIBUTE } from '../../shared/adapters/sns/sns-digest-publisher.js';
import { subscriberId } from '../../shared/domain/alerts/digest.js';
import { ConfigError } from '../../shared/domain/errors.js';
import { DEFAULT_DIGEST_HOUR_UTC, type Subscriber } from '../context.js';
import { ShiftwatchFunction } from './shiftwatch-function.js';
import type { StoryStore } from './story-store.js';

export interface DailyDigestProps {
  readonly store: StoryStore;
  /** The subscribers with `digest: 'daily'` (see infra/context.ts); at least one. */
  readonly subscribers: readonly Subscriber[];
  /** Hour of the day (UTC) the digest goes out. @default 7 */
  readonly hourUtc?: number;
  /** Key the digest topic is encrypted with. @default a new customer managed key with yearly rotation */
  readonly masterKey?: IKey;
}

/**
 * The daily digest: an EventBridge schedule wakes the digest function once a day; it reads the
 * last 24 hours of alerts from the alerts table (`byDay` index) and publishes one message per
 * digest subscriber to its own KMS-encrypted, TLS-only topic, with the message attribute
 * `subscriber`. Each subscription's filter policy is `{"subscriber": ["<its id>"]}`, so each
 * person receives only their own digest. The function may read the alerts table, write only
 * digest markers (`digest#...` keys) to it, and publish only to the digest topic.
 *
 * @example new DailyDigest(this, 'Digest', { store, subscribers: [{ protocol: 'email', endpoint: 'a@x.org', digest: 'daily' }] })
 */
export class DailyDigest extends Construct {
  readonly fn: ShiftwatchFunction;
  readonly topic: Topic;
  readonly key: IKey;
  readonly schedule: Rule;

  constructor(scope: Construct, id: string, props: DailyDigestProps) {
    super(scope, id);
    if (props.subscribers.length === 0) throw new ConfigError('DailyDigest needs at least one digest subscriber.');
    const hour = props.hourUtc ?? DEFAULT_DIGEST_HOUR_UTC;
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new ConfigError(`DailyDigest: hourUtc must be 0-23, not ${hour}.`);

    this.key = props.masterKey ?? new Key(this, 'Key', { description: 'shiftwatch digest topic encryption', enableKeyRotation: true });
    this.topic = new Topic(this, 'Topic', { displayName: 'shiftwatch digest', masterKey: this.key, enforceSSL: true });
    for (const subscriber of props.subscribers) {
      const filterPolicy = {
        [DIGEST_SUBSCRIBER_ATTRIBUTE]: SubscriptionFilter.stringFilter({ allowlist: [subscriberId(subscriber.protocol, subscriber.endpoint)] }),
      };
      this.topic.addSubscription(
        subscriber.protocol === 'email'
          ? new EmailSubscription(subscriber.endpoint, { filterPolicy })
          : new SmsSubscription(subscriber.endpoint, { filterPolicy }),
      );
    }

    this.fn = new ShiftwatchFunction(this, 'Function', {
      handler: 'digest',
      serviceName: SERVICES.digest,
      description: 'shiftwatch: the daily digest of alerts, one message per digest subscriber',
      timeout: Duration.seconds(120),
      environment: {
        [DIGEST_TOPIC_ARN_ENV]: this.topic.topicArn,
        [DIGEST_SUBSCRIBERS_ENV]: encodeDigestSubscribers(props.subscribers),
      },
    });
    props.store.bind(this.fn, ['alerts'], 'read');
    const alerts = props.store.tables.alerts;
    // Markers only: the leading-keys condition keeps the function away from alert records.
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [alerts.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${DIGEST_MARKER_PREFIX}*`] } },
      }),
    );
    this.topic.grantPublish(this.fn);
    // cdk-nag findings on this role, each checked and accepted:
    Validations.of(this.fn.role!).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason: 'Publishing to a KMS-encrypted topic needs kms:GenerateDataKey (CDK grants GenerateDataKey*); it is scoped to the digest topic key alone.',
      },
    );

    this.schedule = new Rule(this, 'Schedule', {
      description: `shiftwatch: send the daily digest at ${String(hour).padStart(2, '0')}:00 UTC`,
      schedule: Schedule.cron({ minute: '0', hour: String(hour) }),
      // A failed run is retried; subscribers already sent that day are skipped.
      targets: [new LambdaFunction(this.fn, { retryAttempts: 2, maxEventAge: Duration.hours(2) })],
    });
  }
}

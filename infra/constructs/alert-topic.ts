import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey } from 'aws-cdk-lib/aws-kms';
import { SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { filterPolicyOf, type Subscriber } from '../context.js';

export interface AlertTopicProps {
  /** Validated subscribers (see infra/context.ts); each gets its own filter policy. @default none */
  readonly subscribers?: readonly Subscriber[];
  /** Key the topic is encrypted with. @default a new customer managed key with yearly rotation */
  readonly masterKey?: IKey;
  /** Sender name shown in emails and SMS. @default 'shiftwatch' */
  readonly displayName?: string;
}

/**
 * The subscriber-facing SNS topic: KMS-encrypted, TLS-only, with one email or SMS
 * subscription per subscriber and an SNS filter policy on the message attributes the
 * publisher sets (`actor`, `issue`, `direction`, `severity`).
 *
 * @example new AlertTopic(this, 'Alerts', { subscribers: [{ protocol: 'email', endpoint: 'a@x.org' }] })
 */
export class AlertTopic extends Construct {
  readonly topic: Topic;
  readonly key: IKey;

  constructor(scope: Construct, id: string, props: AlertTopicProps = {}) {
    super(scope, id);
    this.key = props.masterKey ?? new Key(this, 'Key', {
      description: 'shiftwatch alert topic encryption',
      enableKeyRotation: true,
    });
    this.topic = new Topic(this, 'Topic', {
      displayName: props.displayName ?? 'shiftwatch',
      masterKey: this.key,
      enforceSSL: true,
    });
    for (const subscriber of props.subscribers ?? []) {
      const policy = filterPolicyOf(subscriber.filter);
      const filterPolicy = policy
        ? Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, SubscriptionFilter.stringFilter({ allowlist: v })]))
        : undefined;
      this.topic.addSubscription(
        subscriber.protocol === 'email'
          ? new EmailSubscription(subscriber.endpoint, { filterPolicy })
          : new SmsSubscription(subscriber.endpoint, { filterPolicy }),
      );
    }
  }

  /** sns:Publish on this topic only, plus the key use publishing to an encrypted topic needs. */
  grantPublish(grantee: IGrantable): void {
    this.topic.grantPublish(grantee);
  }
}

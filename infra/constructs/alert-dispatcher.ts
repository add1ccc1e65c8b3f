import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { ALERT_TOPIC_ARN_ENV, SERVICES } from '../../functions/contract.js';
import type { AlertTopic } from './alert-topic.js';
import { ShiftwatchFunction } from './shiftwatch-function.js';
import type { StoryStore } from './story-store.js';

export interface OutboxToSnsProps {
  readonly store: StoryStore;
  readonly alertTopic: AlertTopic;
  /**
   * How often pending outbox entries are retried (after an SNS failure or a lost stream record).
   * @default Duration.minutes(5)
   */
  readonly sweepInterval?: Duration;
}

/**
 * The alert dispatcher: the only function allowed to `sns:Publish`, and only on the alert
 * topic. The outbox table's stream invokes it for each newly recorded alert; a periodic sweep
 * retries whatever is still pending, so an SNS outage delays alerts but never loses them.
 * Publishing is idempotent per alert id (the outbox marks it published), so a redelivered
 * stream record or a sweep racing the stream sends nothing twice.
 *
 * @example new OutboxToSns(this, 'Dispatcher', { store, alertTopic });
 */
export class OutboxToSns extends Construct {
  readonly fn: ShiftwatchFunction;
  readonly sweep: Rule;

  constructor(scope: Construct, id: string, props: OutboxToSnsProps) {
    super(scope, id);
    this.fn = new ShiftwatchFunction(this, 'Function', {
      handler: 'alertDispatcher',
      serviceName: SERVICES.alertDispatcher,
      description: 'shiftwatch: publish recorded alerts to SNS, exactly once per alert id',
      timeout: Duration.seconds(60),
      environment: { [ALERT_TOPIC_ARN_ENV]: props.alertTopic.topic.topicArn },
    });
    props.store.bind(this.fn, ['alerts']);
    props.alertTopic.grantPublish(this.fn);
    this.fn.addEventSource(
      new DynamoEventSource(props.store.tables.alerts, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 10,
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        // The sweep retries anything left pending, so the stream need not retry for long.
        retryAttempts: 2,
        maxRecordAge: Duration.hours(1),
        filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT') })],
      }),
    );
    // cdk-nag findings on this role, each checked and accepted:
    Validations.of(this.fn.role!).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
        reason: 'dynamodb:ListStreams cannot be scoped to a resource; Lambda needs it to find the outbox stream. Every other statement is scoped to the outbox table, its stream, the alert topic or its key.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        reason: 'Publishing to a KMS-encrypted topic needs kms:GenerateDataKey (CDK grants GenerateDataKey*); it is scoped to the alert topic key alone.',
      },
    );
    this.sweep = new Rule(this, 'Sweep', {
      description: 'shiftwatch: retry alerts still pending in the outbox',
      schedule: Schedule.rate(props.sweepInterval ?? Duration.minutes(5)),
      targets: [new LambdaFunction(this.fn, { retryAttempts: 0 })],
    });
  }
}

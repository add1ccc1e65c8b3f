import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  Metric,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS, METRICS_NAMESPACE, SERVICES } from '../../functions/contract.js';

export interface MonitoringProps {
  /** Functions whose errors alarm, by display name. */
  readonly functions: Readonly<Record<string, IFunction>>;
  readonly fetchQueue: IQueue;
  readonly deadLetterQueue: IQueue;
  /** Operators' addresses; alarms go here, never to subscribers. @default none (subscribe later in the console) */
  readonly opsEmails?: readonly string[];
  /** @default 'shiftwatch' */
  readonly dashboardName?: string;
}

/** A Powertools metric: namespace and `service` dimension as functions/contract.ts sets them. */
export function serviceMetric(service: string, metricName: string, statistic = 'Sum', period = Duration.minutes(5)): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service }, statistic, period });
}

/**
 * Alarms and a dashboard. Alarms (function errors, dead letters, feeds failing for a day,
 * alerts stuck in the outbox) notify a separate, encrypted operations topic, so operators'
 * pages never reach alert subscribers and vice versa.
 *
 * @example new Monitoring(this, 'Monitoring', { functions: { Scheduler: fn }, fetchQueue, deadLetterQueue, opsEmails: ['ops@x.org'] })
 */
export class Monitoring extends Construct {
  readonly opsTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const key = new Key(this, 'OpsKey', { description: 'shiftwatch operations topic encryption', enableKeyRotation: true });
    // CloudWatch alarms publish as the CloudWatch service, which needs the key to encrypt.
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.opsTopic = new Topic(this, 'OpsTopic', { displayName: 'shiftwatch operations', masterKey: key, enforceSSL: true });
    for (const email of props.opsEmails ?? []) this.opsTopic.addSubscription(new EmailSubscription(email));
    const action = new SnsAction(this.opsTopic);

    const alarm = (name: string, metric: IMetric, description: string, evaluationPeriods = 1): Alarm => {
      const a = new Alarm(this, name, {
        metric,
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods,
        datapointsToAlarm: evaluationPeriods,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        `${name} threw an unexpected error (a bad feed is counted, not thrown; this is a bug or an outage).`);
    }
    alarm('DeadLetters', props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      'A feed message failed three times and sits in the dead-letter queue; inspect it and redrive.');
    alarm('FeedsFailingForADay', serviceMetric(SERVICES.scheduler, METRICS.feedsFailingForADay, 'Maximum', Duration.hours(1)),
      'At least one feed has not been fetched successfully for 24 hours; the scheduler logs which.');
    alarm('AlertsStuck', serviceMetric(SERVICES.alertDispatcher, METRICS.alertsStuck, 'Maximum'),
      'Alerts stayed pending in the outbox across three sweeps (15 minutes): SNS publishing is failing.', 3);

    const fetch = (m: string) => serviceMetric(SERVICES.fetchWorker, m);
    const dispatch = (m: string) => serviceMetric(SERVICES.alertDispatcher, m);
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: props.dashboardName ?? 'shiftwatch' });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Feeds',
        left: [serviceMetric(SERVICES.scheduler, METRICS.feedsQueued), fetch(METRICS.feedsFetched), fetch(METRICS.feedsNotModified), fetch(METRICS.feedFailures)],
      }),
      new GraphWidget({
        title: 'Stories, claims, shifts',
        left: [fetch(METRICS.storiesNew), fetch(METRICS.claims), fetch(METRICS.shifts)],
      }),
      new GraphWidget({
        title: 'Alerts',
        left: [fetch(METRICS.alertsRecorded), dispatch(METRICS.alertsPublished), dispatch(METRICS.alertPublishFailures), dispatch(METRICS.alertsStuck)],
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Function errors and duration (p95)',
        left: Object.values(props.functions).map((fn) => fn.metricErrors({ period: Duration.minutes(5) })),
        right: Object.values(props.functions).map((fn) => fn.metricDuration({ period: Duration.minutes(5), statistic: 'p95' })),
      }),
      new GraphWidget({
        title: 'Fetch queue',
        left: [props.fetchQueue.metricApproximateNumberOfMessagesVisible(), props.deadLetterQueue.metricApproximateNumberOfMessagesVisible()],
        right: [props.fetchQueue.metricApproximateAgeOfOldestMessage()],
      }),
    );
  }
}

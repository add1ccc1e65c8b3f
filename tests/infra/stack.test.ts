import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLES, type TableDefinition } from '../../shared/adapters/dynamodb-tables.js';
import { METRICS, METRICS_NAMESPACE, SERVICES, TABLE_ENV } from '../../functions/contract.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logicalId, resourcesOf, synth } from './support.js';

const FIXTURE_WATCHLIST = 'tests/infra/fixtures/watchlist.yaml';

// One synth shared by the read-only assertions below (about a second each).
const { stack, template } = synth({
  alertEmails: 'a@example.org',
  alertPhones: '+12025550100',
  opsEmails: 'ops@example.org',
  subscriptions: JSON.stringify([
    { email: 'russia-desk@example.org', actors: ['russia'] },
    { sms: '+442071838750', issues: ['renounce-nato', 'ceasefire'], severities: ['high'] },
    // Digest subscribers are on the digest topic (tests/infra/digest.test.ts), never on the alert topic.
    { email: 'digest@example.org', actors: ['russia'], digest: 'daily' },
  ]),
});
const functionsByService = Object.fromEntries(
  Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).map(([id, r]) => [
    r.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME as string,
    { id, props: r.Properties! },
  ]),
);

describe('Construct: EventbridgeToScheduler', () => {
  it('wakes the scheduler every 15 minutes', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionsByService[SERVICES.scheduler].id, 'Arn'] } })],
    });
  });

  it('gives the scheduler the queue URL and only read access to feed state', () => {
    const env = functionsByService[SERVICES.scheduler].props.Environment.Variables;
    expect(env.FEED_QUEUE_URL).toEqual({ Ref: logicalId(template, 'AWS::SQS::Queue', 'FetchWorkersQueue') });
    expect(Object.keys(env).filter((k) => k.endsWith('_TABLE'))).toEqual([TABLE_ENV.feeds]);
  });
});

describe('Construct: StoryStore', () => {
  const tables = resourcesOf(template, 'AWS::DynamoDB::Table');

  it('creates exactly the tables of dynamodb-tables.ts with their string partition keys, no sort keys, and their indexes', () => {
    const keySchemas = Object.values(tables).map((t) => ({
      keys: t.Properties!.KeySchema,
      attrs: t.Properties!.AttributeDefinitions,
      indexes: t.Properties!.GlobalSecondaryIndexes ?? [],
    }));
    const expected = Object.values(TABLES).map((def: TableDefinition) => ({
      keys: [{ AttributeName: def.partitionKey, KeyType: 'HASH' }],
      attrs: [def.partitionKey, ...(def.indexes ?? []).flatMap((i) => [i.partitionKey, i.sortKey])].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
      indexes: (def.indexes ?? []).map((i) => ({
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }));
    expect(keySchemas).toHaveLength(Object.keys(TABLES).length);
    expect(keySchemas).toEqual(expect.arrayContaining(expected));
    expect(expected).toEqual(expect.arrayContaining(keySchemas));
  });

  // SSEEnabled without a key id is KMS with the AWS managed key (aws/dynamodb); the
  // default (no SSESpecification) would be an AWS owned key, invisible in CloudTrail.
  it.each(Object.keys(tables))('%s is on-demand, KMS-encrypted, with point-in-time recovery', (id) => {
    const p = tables[id].Properties!;
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    expect(p.SSESpecification).toEqual({ SSEEnabled: true });
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('expires stories by TTL and only stories', () => {
    const withTtl = Object.values(tables).filter((t) => t.Properties!.TimeToLiveSpecification);
    expect(withTtl).toHaveLength(1);
    expect(withTtl[0].Properties!.KeySchema[0].AttributeName).toBe(TABLES.stories.partitionKey);
    expect(withTtl[0].Properties!.TimeToLiveSpecification).toEqual({ AttributeName: TABLES.stories.ttlAttribute, Enabled: true });
  });

  it('streams new images of the alert outbox, and of no other table', () => {
    const streamed = Object.values(tables).filter((t) => t.Properties!.StreamSpecification);
    expect(streamed).toHaveLength(1);
    expect(streamed[0].Properties!.KeySchema[0].AttributeName).toBe(TABLES.alerts.partitionKey);
    expect(streamed[0].Properties!.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
  });

  it('keeps the tables when the stack is deleted', () => {
    for (const id of Object.keys(tables)) expect(template.toJSON().Resources[id].DeletionPolicy).toBe('Retain');
  });
});

describe('Construct: SqsToFetchWorker', () => {
  const queues = resourcesOf(template, 'AWS::SQS::Queue');
  const queueId = logicalId(template, 'AWS::SQS::Queue', 'FetchWorkersQueue');
  const dlqId = logicalId(template, 'AWS::SQS::Queue', 'FetchWorkersDeadLetterQueue');

  it('sends a feed to the dead-letter queue after three failed deliveries', () => {
    expect(queues[queueId].Properties!.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
      maxReceiveCount: 3,
    });
  });

  it('encrypts both queues and denies them to non-TLS requests', () => {
    for (const id of [queueId, dlqId]) {
      expect(queues[id].Properties!.SqsManagedSseEnabled).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('gives the visibility timeout six times the worker timeout', () => {
    const worker = functionsByService[SERVICES.fetchWorker].props;
    expect(queues[queueId].Properties!.VisibilityTimeout).toBe(worker.Timeout * 6);
  });

  it('feeds the worker from the queue with partial batch responses and bounded concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
      FunctionName: { Ref: functionsByService[SERVICES.fetchWorker].id },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 20 },
    });
  });
});

describe('Construct: ShiftwatchFunction', () => {
  it.each(Object.values(SERVICES))('%s runs on Node.js 24 on arm64 with source maps and Powertools settings', (service) => {
    const p = functionsByService[service].props;
    expect(p.Runtime).toBe('nodejs24.x');
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.Environment.Variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: service,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    });
    expect(p.LoggingConfig?.LogGroup).toBeDefined();
  });

  it('uses no AWS managed policy on any role', () => {
    for (const role of Object.values(resourcesOf(template, 'AWS::IAM::Role'))) {
      expect(role.Properties!.ManagedPolicyArns ?? []).toEqual([]);
    }
  });
});

describe('Construct: AlertTopic', () => {
  const topicId = logicalId(template, 'AWS::SNS::Topic', 'AlertsTopic');
  const subscriptions = Object.values(resourcesOf(template, 'AWS::SNS::Subscription')).map((s) => s.Properties!);
  const alertSubs = subscriptions.filter((s) => s.TopicArn.Ref === topicId);

  it('encrypts the topic with a rotating customer managed key and denies non-TLS requests', () => {
    const keyId = logicalId(template, 'AWS::KMS::Key', 'AlertsKey');
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('subscribes every address from context, plain ones without a filter', () => {
    const byEndpoint = Object.fromEntries(alertSubs.map((s) => [s.Endpoint, s]));
    expect(Object.keys(byEndpoint).sort()).toEqual(['+12025550100', '+442071838750', 'a@example.org', 'russia-desk@example.org']);
    expect(byEndpoint['a@example.org']).toMatchObject({ Protocol: 'email' });
    expect(byEndpoint['a@example.org'].FilterPolicy).toBeUndefined();
    expect(byEndpoint['+12025550100']).toMatchObject({ Protocol: 'sms' });
    expect(byEndpoint['+12025550100'].FilterPolicy).toBeUndefined();
  });

  it('turns subscription filters into SNS filter policies on the message attributes', () => {
    const byEndpoint = Object.fromEntries(alertSubs.map((s) => [s.Endpoint, s]));
    expect(byEndpoint['russia-desk@example.org'].FilterPolicy).toEqual({ actor: ['russia'] });
    expect(byEndpoint['+442071838750']).toMatchObject({
      Protocol: 'sms',
      FilterPolicy: { issue: ['renounce-nato', 'ceasefire'], severity: ['high'] },
    });
  });
});

describe('Least privilege', () => {
  const policies = resourcesOf(template, 'AWS::IAM::Policy');
  const statements = Object.values(policies).flatMap((p) =>
    (p.Properties!.PolicyDocument.Statement as any[]).map((s) => ({ roles: p.Properties!.Roles, s })),
  );
  const actions = (s: any): string[] => [s.Action].flat();
  const dispatcherRole = functionsByService[SERVICES.alertDispatcher].props.Role['Fn::GetAtt'][0];

  it('lets only the alert dispatcher publish to the alert topic, and only the digest function to the digest topic', () => {
    const digestRole = functionsByService[SERVICES.digest].props.Role['Fn::GetAtt'][0];
    const publishing = statements.filter(({ s }) => actions(s).some((a) => a === 'sns:Publish' || a === 'sns:*' || a === '*'));
    expect(publishing.map(({ roles, s }) => [roles, s.Resource])).toEqual([
      [[{ Ref: dispatcherRole }], { Ref: logicalId(template, 'AWS::SNS::Topic', 'AlertsTopic') }],
      [[{ Ref: digestRole }], { Ref: logicalId(template, 'AWS::SNS::Topic', 'DigestTopic') }],
    ]);
  });

  it('grants no SNS action of any kind to the scheduler or the fetch worker', () => {
    for (const service of [SERVICES.scheduler, SERVICES.fetchWorker]) {
      const role = functionsByService[service].props.Role['Fn::GetAtt'][0];
      const own = statements.filter(({ roles }) => roles.some((r: any) => r.Ref === role));
      expect(own.length).toBeGreaterThan(0);
      expect(own.flatMap(({ s }) => actions(s)).filter((a) => a.startsWith('sns:'))).toEqual([]);
    }
  });

  it('lets a function write only to its own log group', () => {
    const logStatements = statements.filter(({ s }) => actions(s).includes('logs:PutLogEvents'));
    expect(logStatements).toHaveLength(Object.keys(SERVICES).length);
    for (const { s } of logStatements) expect(s.Resource['Fn::GetAtt'][1]).toBe('Arn');
  });
});

describe('Construct: OutboxToSns', () => {
  const dispatcher = functionsByService[SERVICES.alertDispatcher];
  const alertsTableId = Object.entries(resourcesOf(template, 'AWS::DynamoDB::Table')).find(
    ([, t]) => t.Properties!.StreamSpecification,
  )![0];

  it('is invoked by the outbox stream for inserts only, with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [alertsTableId, 'StreamArn'] },
      FunctionName: { Ref: dispatcher.id },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
    });
  });

  it('sweeps pending alerts every 5 minutes', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [dispatcher.id, 'Arn'] } })],
    });
  });
});

describe('Construct: Monitoring', () => {
  const alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);
  const opsTopicId = logicalId(template, 'AWS::SNS::Topic', 'MonitoringOpsTopic');
  const alertTopicId = logicalId(template, 'AWS::SNS::Topic', 'AlertsTopic');

  it('alarms on errors of every function', () => {
    const errorAlarms = alarms.filter((a) => a.MetricName === 'Errors' && a.Namespace === 'AWS/Lambda');
    const fns = errorAlarms.map((a) => a.Dimensions[0].Value.Ref).sort();
    expect(fns).toEqual(Object.values(functionsByService).map((f) => f.id).sort());
  });

  it.each([
    ['dead letters', 'ApproximateNumberOfMessagesVisible', 'AWS/SQS'],
    ['feeds failing for a day', METRICS.feedsFailingForADay, METRICS_NAMESPACE],
    ['alerts stuck in the outbox', METRICS.alertsStuck, METRICS_NAMESPACE],
  ])('alarms on %s', (_, metricName, namespace) => {
    expect(alarms.filter((a) => a.MetricName === metricName && a.Namespace === namespace)).toHaveLength(1);
  });

  it('watches the Powertools metrics with the service dimension the functions emit', () => {
    const stuck = alarms.find((a) => a.MetricName === METRICS.alertsStuck)!;
    expect(stuck.Dimensions).toEqual([{ Name: 'service', Value: SERVICES.alertDispatcher }]);
    const failing = alarms.find((a) => a.MetricName === METRICS.feedsFailingForADay)!;
    expect(failing.Dimensions).toEqual([{ Name: 'service', Value: SERVICES.scheduler }]);
  });

  it('sends every alarm to the operations topic, never to the subscribers topic', () => {
    expect(alarms.length).toBeGreaterThanOrEqual(6);
    for (const a of alarms) {
      expect(a.AlarmActions).toEqual([{ Ref: opsTopicId }]);
      expect(JSON.stringify(a)).not.toContain(alertTopicId);
    }
  });

  it('lets CloudWatch use the operations topic key and subscribes the operators', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { TopicArn: { Ref: opsTopicId }, Protocol: 'email', Endpoint: 'ops@example.org' });
  });

  it('builds a dashboard', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});

describe('Stack: config bundle', () => {
  it('warns that local-file feeds are not deployed', () => {
    const warnings = stack.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
    expect(warnings.some((w) => w.includes('1 local-file feed(s)') && w.includes('only the 1 http(s) feed(s)'))).toBe(true);
  });

  it('says at synth what `shiftwatch watchlist` warns about the deployed watchlist, and nothing for a clean one', () => {
    const warningsOf = (s: typeof stack) => s.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data));
    // the fixture's watchlist is clean
    expect(warningsOf(stack).filter((w) => w.includes('watchlist'))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-synth-'));
    writeFileSync(join(dir, 'watchlist.yaml'), readFileSync(FIXTURE_WATCHLIST, 'utf8').replace('terms: [ceasefire, truce]', 'terms: [ceasefire, truce, deal]'));
    writeFileSync(join(dir, 'shiftwatch.yaml'), 'feeds:\n  - url: https://example.org/world/rss.xml\n    name: Example World\nwatchlist: watchlist.yaml\n');
    const generic = synth({}, join(dir, 'shiftwatch.yaml')).stack;
    expect(warningsOf(generic)).toEqual([
      expect.stringMatching(/^watchlist .*watchlist\.yaml: issue ceasefire: term "deal" is an ordinary negotiation word/),
    ]);
  });
});

import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DIGEST_SUBSCRIBERS_ENV, DIGEST_TOPIC_ARN_ENV, SERVICES, TABLE_ENV } from '../../functions/contract.js';
import { decodeDigestSubscribers, encodeDigestSubscribers } from '../../functions/digest/digest-subscribers.js';
import { ConfigError } from '../../shared/domain/errors.js';
import { buildApp } from '../../infra/shiftwatch-app.js';
import { subscriberId } from '../../shared/domain/alerts/digest.js';
import { FIXTURE_CONFIG, logicalId, resourcesOf, synth } from './support.js';

const subscriptions = JSON.stringify([
  { email: 'russia-digest@example.org', actors: ['russia'], digest: 'daily' },
  { sms: '+12025550111', digest: 'daily' },
  { email: 'instant@example.org', actors: ['ukraine'] },
]);
const { template } = synth({ subscriptions, digestHour: '18', alertEmails: 'a@example.org' });
const functions = Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).map(([id, r]) => ({ id, props: r.Properties! }));
const digestFn = functions.find((f) => f.props.Environment.Variables.POWERTOOLS_SERVICE_NAME === SERVICES.digest)!;
const digestRole = digestFn.props.Role['Fn::GetAtt'][0];
const digestTopicId = logicalId(template, 'AWS::SNS::Topic', 'DigestTopic');
const alertTopicId = logicalId(template, 'AWS::SNS::Topic', 'AlertsTopic');
const alertsTableId = logicalId(template, 'AWS::DynamoDB::Table', 'StoreAlertsTable');

describe('Construct: DailyDigest', () => {
  it('runs the digest function once a day at the configured hour (UTC), retrying a failed run', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 18 * * ? *)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [digestFn.id, 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) })],
    });
  });

  it('defaults to 07:00 UTC', () => {
    const { template: byDefault } = synth({ subscriptions });
    byDefault.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 7 * * ? *)' });
  });

  it('encrypts the digest topic with its own rotating customer managed key and denies non-TLS requests', () => {
    const keyId = logicalId(template, 'AWS::KMS::Key', 'DigestKey');
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    expect(resourcesOf(template, 'AWS::KMS::Key')[keyId].Properties!.EnableKeyRotation).toBe(true);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: digestTopicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('subscribes each digest subscriber to the digest topic only, with a filter policy on its own id', () => {
    const subs = Object.values(resourcesOf(template, 'AWS::SNS::Subscription')).map((s) => s.Properties!);
    const onDigest = subs.filter((s) => s.TopicArn.Ref === digestTopicId);
    expect(onDigest.map((s) => [s.Protocol, s.Endpoint, s.FilterPolicy]).sort()).toEqual(
      [
        ['email', 'russia-digest@example.org', { subscriber: [subscriberId('email', 'russia-digest@example.org')] }],
        ['sms', '+12025550111', { subscriber: [subscriberId('sms', '+12025550111')] }],
      ].sort(),
    );
    const onAlerts = subs.filter((s) => s.TopicArn.Ref === alertTopicId).map((s) => s.Endpoint);
    expect(onAlerts.sort()).toEqual(['a@example.org', 'instant@example.org']);
  });

  it('hands the function the digest topic, the alerts table, and the subscribers\' ids and filters (no addresses)', () => {
    const env = digestFn.props.Environment.Variables;
    expect(env[DIGEST_TOPIC_ARN_ENV]).toEqual({ Ref: digestTopicId });
    expect(Object.keys(env).filter((k) => k.endsWith('_TABLE'))).toEqual([TABLE_ENV.alerts]);
    expect(decodeDigestSubscribers(env[DIGEST_SUBSCRIBERS_ENV])).toEqual([
      { id: subscriberId('email', 'russia-digest@example.org'), filter: { actors: ['russia'] } },
      { id: subscriberId('sms', '+12025550111') },
    ]);
    expect(env[DIGEST_SUBSCRIBERS_ENV]).not.toMatch(/@|\+1202/);
  });

  it('gives the function least privilege: read the alerts table, write only digest markers, publish only to the digest topic', () => {
    const statements = Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
      .filter((p) => p.Properties!.Roles.some((r: any) => r.Ref === digestRole))
      .flatMap((p) => p.Properties!.PolicyDocument.Statement as any[]);
    const actions = (s: any): string[] => [s.Action].flat();
    const dynamo = statements.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    const writes = dynamo.filter((s) => actions(s).some((a) => /Put|Delete|Update|BatchWrite/.test(a)));
    expect(writes).toHaveLength(1);
    expect(actions(writes[0]).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem']);
    expect(writes[0].Resource).toEqual({ 'Fn::GetAtt': [alertsTableId, 'Arn'] });
    expect(writes[0].Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['digest#*'] } });
    for (const s of dynamo) expect(JSON.stringify(s.Resource)).toContain(alertsTableId);
    const sns = statements.filter((s) => actions(s).some((a) => a.startsWith('sns:')));
    expect(sns).toHaveLength(1);
    expect(actions(sns[0])).toEqual(['sns:Publish']);
    expect(sns[0].Resource).toEqual({ Ref: digestTopicId });
    expect(statements.flatMap(actions).filter((a) => !/^(dynamodb|sns|kms|logs):/.test(a))).toEqual([]);
  });

  it('is absent when nobody asked for a digest', () => {
    const { stack, template: without } = synth({ alertEmails: 'a@example.org' });
    expect(stack.digest).toBeUndefined();
    expect(Object.keys(resourcesOf(without, 'AWS::SNS::Topic')).filter((id) => id.startsWith('Digest'))).toEqual([]);
    const services = Object.values(resourcesOf(without, 'AWS::Lambda::Function')).map((f) => f.Properties!.Environment.Variables.POWERTOOLS_SERVICE_NAME);
    expect(services).not.toContain(SERVICES.digest);
  });

  it('alarms on the digest function\'s errors', () => {
    const alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);
    expect(alarms.some((a) => a.MetricName === 'Errors' && a.Dimensions[0].Value.Ref === digestFn.id)).toBe(true);
  });
});

describe('cdk-nag AwsSolutionsChecks with a digest', { timeout: 60_000 }, () => {
  it('finds nothing unacknowledged', () => {
    const { app } = buildApp({ context: { 'aws:cdk:bundling-stacks': [], config: FIXTURE_CONFIG, opsEmails: 'ops@example.org', subscriptions } });
    expect(() => app.synth()).not.toThrow();
  });
});

describe('Function: decodeDigestSubscribers', () => {
  it('round-trips what the construct encodes', () => {
    const encoded = encodeDigestSubscribers([{ protocol: 'sms', endpoint: '+12025550100', filter: { severities: ['high'] } }]);
    expect(decodeDigestSubscribers(encoded)).toEqual([{ id: subscriberId('sms', '+12025550100'), filter: { severities: ['high'] } }]);
  });

  it.each([
    ['not json', 'DIGEST_SUBSCRIBERS is not valid JSON'],
    ['{}', 'DIGEST_SUBSCRIBERS must be a JSON list'],
    ['[{"filter":{}}]', 'DIGEST_SUBSCRIBERS[0] must be an object with a string "id".'],
    ['[{"id":"s","filter":{"actor":["x"]}}]', "DIGEST_SUBSCRIBERS[0].filter has an unknown key 'actor'."],
    ['[{"id":"s","filter":{"directions":["up"]}}]', 'DIGEST_SUBSCRIBERS[0].filter.directions must be a list of softening/hardening.'],
  ])('fails the cold start on %s with one sentence', (value, message) => {
    expect(() => decodeDigestSubscribers(value)).toThrow(ConfigError);
    expect(() => decodeDigestSubscribers(value)).toThrow(message);
  });
});

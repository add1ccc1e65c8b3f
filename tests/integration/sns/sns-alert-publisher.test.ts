import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SnsAlertPublisher } from '../../../shared/adapters/sns/sns-alert-publisher.js';
import { anAlert } from '../../support/fixtures.js';
import { receiveEnvelopes, subscribedQueue as subscribeQueue } from '../../support/sns-queues.js';

const local = { region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

describe('Class: SnsAlertPublisher (against the fauxqs SNS/SQS emulator)', () => {
  let sns: SNSClient;
  let sqs: SQSClient;
  let topicArn: string;
  const queues: Record<string, string> = {};

  /** A queue subscribed to the topic with a real filter policy on the message attributes. */
  const subscribedQueue = (name: string, filterPolicy?: object) => subscribeQueue(sns, sqs, topicArn, name, filterPolicy);
  const receive = (queueUrl: string) => receiveEnvelopes(sqs, queueUrl);

  beforeAll(async () => {
    const endpoint = inject('fauxqsEndpoint');
    sns = new SNSClient({ ...local, endpoint });
    sqs = new SQSClient({ ...local, endpoint });
    topicArn = (await sns.send(new CreateTopicCommand({ Name: `alerts-${randomUUID().slice(0, 6)}` }))).TopicArn!;
    queues.everything = await subscribedQueue('everything');
    queues.ukraine = await subscribedQueue('ukraine-only', { actor: ['ukraine'] });
    queues.russia = await subscribedQueue('russia-only', { actor: ['russia'] });
    queues.softeningNato = await subscribedQueue('softening-nato', { issue: ['renounce-nato'], direction: ['softening'] });
    queues.hardening = await subscribedQueue('hardening', { direction: ['hardening'] });
  });

  afterAll(() => {
    sns?.destroy();
    sqs?.destroy();
  });

  it('publishes one message with the filterable attributes; filter policies route it', async () => {
    // Prepare
    const publisher = new SnsAlertPublisher(sns, topicArn);
    const alert = anAlert({ id: `alert-${randomUUID()}` });

    // Act
    const messageId = await publisher.publish(alert);

    // Assess
    expect(messageId).toMatch(/\S/);
    const [everything] = await receive(queues.everything);
    expect(everything.Subject).toMatch(/Ukraine/);
    expect(everything.Subject!.length).toBeLessThan(100);
    expect(Object.fromEntries(Object.entries(everything.MessageAttributes).map(([k, v]) => [k, v.Value]))).toMatchObject({
      actor: 'ukraine',
      issue: 'renounce-nato',
      from: 'oppose',
      to: 'conditional',
      direction: 'softening',
      alertId: alert.id,
    });
    // fauxqs ignores MessageStructure=json, so the body is the per-protocol JSON document itself.
    const perProtocol = JSON.parse(everything.Message) as Record<string, string>;
    expect(Object.keys(perProtocol).sort()).toEqual(['default', 'email', 'sms']);
    expect(perProtocol.email).toContain(alert.evidence[0].url);

    expect(await receive(queues.ukraine)).toHaveLength(1);
    expect(await receive(queues.softeningNato)).toHaveLength(1);
    expect(await receive(queues.russia)).toHaveLength(0);
    expect(await receive(queues.hardening)).toHaveLength(0);
  });

  it('fails loudly when the topic does not exist, so the outbox keeps the alert pending', async () => {
    const publisher = new SnsAlertPublisher(sns, topicArn.replace(/alerts-\w+$/, 'no-such-topic'));
    await expect(publisher.publish(anAlert())).rejects.toThrow();
  });
});

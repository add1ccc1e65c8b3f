import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbAlertOutbox } from '../../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbDigestLedger } from '../../../shared/adapters/dynamodb/dynamodb-digest-ledger.js';
import { SnsDigestPublisher } from '../../../shared/adapters/sns/sns-digest-publisher.js';
import { subscriberId } from '../../../shared/domain/alerts/digest.js';
import { sendDigests, type DigestDeps, type DigestSubscriber } from '../../../shared/use-cases/send-digests.js';
import { DYNAMO_BACKENDS, type DynamoBackend } from '../../support/dynamodb-backends.js';
import { anAlert } from '../../support/fixtures.js';
import { receiveEnvelopes, subscribedQueue } from '../../support/sns-queues.js';

const local = { region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

describe('Use case: sendDigests (DynamoDB Local + fauxqs SNS with SQS subscriptions and filter policies)', () => {
  let sns: SNSClient;
  let sqs: SQSClient;
  let backend: DynamoBackend;
  let topicArn: string;
  const russiaDesk: DigestSubscriber = { id: subscriberId('email', 'russia-desk@example.org'), filter: { actors: ['russia'] } };
  const everything: DigestSubscriber = { id: subscriberId('sms', '+12025550100') };
  const nobodyMatches: DigestSubscriber = { id: subscriberId('email', 'usa@example.org'), filter: { actors: ['usa'] } };
  const queues: Record<string, string> = {};

  const digestQueue = (subscriber: DigestSubscriber) => subscribedQueue(sns, sqs, topicArn, 'digest', { subscriber: [subscriber.id] });
  const receive = (queueUrl: string) => receiveEnvelopes(sqs, queueUrl);

  function deps(now: string, topic = topicArn): DigestDeps {
    const outbox = new DynamoDbAlertOutbox(backend.client, backend.tables.alerts);
    return {
      history: outbox,
      ledger: new DynamoDbDigestLedger(backend.client, backend.tables.alerts),
      publisher: new SnsDigestPublisher(sns, topic),
      now: () => new Date(now),
    };
  }

  beforeAll(async () => {
    const endpoint = inject('fauxqsEndpoint');
    sns = new SNSClient({ ...local, endpoint });
    sqs = new SQSClient({ ...local, endpoint });
    backend = await DYNAMO_BACKENDS[0].open();
    topicArn = (await sns.send(new CreateTopicCommand({ Name: `digest-${randomUUID().slice(0, 6)}` }))).TopicArn!;
    queues.russiaDesk = await digestQueue(russiaDesk);
    queues.everything = await digestQueue(everything);
    queues.nobody = await digestQueue(nobodyMatches);
    const outbox = new DynamoDbAlertOutbox(backend.client, backend.tables.alerts);
    await outbox.record(anAlert({ id: 'd-ukraine', at: '2026-11-24T09:00:00.000Z' }));
    await outbox.record(
      anAlert({ id: 'd-russia', actor: 'russia', actorName: 'Russia', issue: 'ceasefire', from: 'conditional', to: 'oppose', direction: 'hardening', at: '2026-11-25T01:00:00.000Z' }),
    );
    // In the next day's window only.
    await outbox.record(anAlert({ id: 'd-next-day', actor: 'russia', actorName: 'Russia', at: '2026-11-25T20:00:00.000Z' }));
    // Outside the window (more than 24 hours before the run): in no digest.
    await outbox.record(anAlert({ id: 'd-old-russia', actor: 'russia', actorName: 'Russia', at: '2026-11-23T06:00:00.000Z' }));
  });

  afterAll(async () => {
    sns?.destroy();
    sqs?.destroy();
    await backend?.close();
  });

  it('sends each subscriber exactly its own digest, and nothing to one whose filter matches nothing', async () => {
    const run = await sendDigests([russiaDesk, everything, nobodyMatches], deps('2026-11-25T07:00:00.000Z'));

    expect(run).toMatchObject({ day: '2026-11-25', sent: 2, failed: 0 });
    expect(run.results).toEqual({ [russiaDesk.id]: 'sent', [everything.id]: 'sent', [nobodyMatches.id]: 'empty' });

    const [toDesk, ...moreToDesk] = await receive(queues.russiaDesk);
    expect(moreToDesk).toHaveLength(0);
    expect(toDesk.Subject).toBe('shiftwatch digest 2026-11-25: 1 shift (Russia)');
    expect(toDesk.MessageAttributes.subscriber.Value).toBe(russiaDesk.id);
    // fauxqs ignores MessageStructure=json, so the body is the per-protocol JSON document itself.
    const deskBody = JSON.parse(toDesk.Message) as Record<string, string>;
    expect(Object.keys(deskBody).sort()).toEqual(['default', 'email', 'sms']);
    expect(deskBody.email).toContain('Russia moved from conditional to oppose');
    expect(deskBody.email).not.toContain('Ukraine moved');
    expect(deskBody.sms).toBe('shiftwatch digest: 1 shift (Russia ceasefire conditional->oppose)');

    const [toAll, ...moreToAll] = await receive(queues.everything);
    expect(moreToAll).toHaveLength(0);
    expect(toAll.MessageAttributes.subscriber.Value).toBe(everything.id);
    expect(JSON.parse(toAll.Message).sms).toBe(
      'shiftwatch digest: 2 shifts (Ukraine renounce-nato oppose->conditional, Russia ceasefire conditional->oppose)',
    );

    expect(await receive(queues.nobody)).toHaveLength(0);
  });

  it('sends nothing on a second run the same day', async () => {
    const run = await sendDigests([russiaDesk, everything, nobodyMatches], deps('2026-11-25T07:04:00.000Z'));

    expect(run.sent).toBe(0);
    expect(run.results).toEqual({ [russiaDesk.id]: 'already-sent', [everything.id]: 'already-sent', [nobodyMatches.id]: 'empty' });
    expect(await receive(queues.russiaDesk)).toHaveLength(0);
    expect(await receive(queues.everything)).toHaveLength(0);
  });

  it('releases the marker when publishing fails, so the retry sends the digest once', async () => {
    const missingTopic = topicArn.replace(/digest-\w+$/, 'no-such-topic');
    const failed = await sendDigests([everything], deps('2026-11-26T07:00:00.000Z', missingTopic));
    expect(failed.results[everything.id]).toBe('failed');
    expect(failed.errors[everything.id]).toMatch(/\S/);

    const retried = await sendDigests([everything], deps('2026-11-26T07:02:00.000Z'));
    expect(retried.results[everything.id]).toBe('sent');
    const received = await receive(queues.everything);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0].Message).sms).toBe('shiftwatch digest: 1 shift (Russia renounce-nato oppose->conditional)');
  });
});

import { SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';

/** An SNS message as an SQS subscriber receives it (the SNS envelope). */
export type SnsEnvelope = { Subject?: string; Message: string; MessageAttributes: Record<string, { Value: string }> };

/**
 * A fresh queue subscribed to the topic, with a real filter policy on the message attributes
 * when one is given (the emulator applies it as SNS would).
 */
export async function subscribedQueue(sns: SNSClient, sqs: SQSClient, topicArn: string, name: string, filterPolicy?: object): Promise<string> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-${randomUUID().slice(0, 8)}` }));
  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: attrs.Attributes!.QueueArn,
      Attributes: filterPolicy ? { FilterPolicy: JSON.stringify(filterPolicy) } : {},
    }),
  );
  return QueueUrl!;
}

/** Up to ten SNS envelopes waiting in the queue (waits at most a second). */
export async function receiveEnvelopes(sqs: SQSClient, queueUrl: string): Promise<SnsEnvelope[]> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
  return (out.Messages ?? []).map((m) => JSON.parse(m.Body!) as SnsEnvelope);
}

import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { snsMessageJson } from '../../domain/alerts/alert-message.js';
import type { Digest } from '../../domain/alerts/digest.js';
import type { DigestPublisher } from '../../ports/digest-publisher.js';

/** Message attribute naming the digest's recipient; each digest subscription filters on it. */
export const DIGEST_SUBSCRIBER_ATTRIBUTE = 'subscriber';

/**
 * Publishes a digest to the digest topic: a per-protocol body (`MessageStructure=json`:
 * email, sms, default) and the message attribute `subscriber`, which the recipient's
 * subscription filter policy (`{"subscriber": ["<id>"]}`) selects, so nobody else gets it.
 */
export class SnsDigestPublisher implements DigestPublisher {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(subscriberId: string, digest: Digest): Promise<string> {
    const out = await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: digest.subject,
        MessageStructure: 'json',
        Message: snsMessageJson(digest),
        MessageAttributes: {
          [DIGEST_SUBSCRIBER_ATTRIBUTE]: { DataType: 'String', StringValue: subscriberId },
          alertCount: { DataType: 'Number', StringValue: String(digest.count) },
        },
      }),
    );
    return out.MessageId ?? `${subscriberId}:${digest.subject}`;
  }
}

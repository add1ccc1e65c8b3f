import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { formatAlertMessage, snsMessageJson } from '../../domain/alerts/alert-message.js';
import type { Alert } from '../../domain/types.js';
import type { AlertPublisher } from '../../ports/alert-publisher.js';

/**
 * Publishes an alert to the subscribers' SNS topic: one message with a per-protocol body
 * (`MessageStructure=json`: email, sms, default) and message attributes `actor`, `issue`,
 * `from`, `to`, `direction`, `severity` that subscription filter policies select on.
 */
export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
    private readonly options: { subscriptionHelp?: string } = {},
  ) {}

  async publish(alert: Alert): Promise<string> {
    const message = formatAlertMessage(alert, this.options);
    const out = await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: message.subject,
        MessageStructure: 'json',
        Message: snsMessageJson(message),
        MessageAttributes: Object.fromEntries(
          Object.entries({ ...message.attributes, alertId: alert.id }).map(([name, value]) => [
            name,
            { DataType: 'String', StringValue: value },
          ]),
        ),
      }),
    );
    return out.MessageId ?? alert.id;
  }
}

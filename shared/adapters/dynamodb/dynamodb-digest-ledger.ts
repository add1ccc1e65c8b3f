import { DeleteItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DigestLedger } from '../../ports/alert-history.js';
import { writeIf } from './dynamodb-errors.js';

/** Key prefix of digest markers in the alerts table; the digest function may write only these keys. */
export const DIGEST_MARKER_PREFIX = 'digest#';

/**
 * Digest markers as small items in the alerts table (`id = digest#<subscriber>#<day>`): no
 * `doc`, `status` or `day`, so the outbox's readers and the `byDay` index never see them.
 * A conditional put lets exactly one run claim a (subscriber, day).
 */
export class DynamoDbDigestLedger implements DigestLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async claim(subscriberId: string, day: string, at: Date): Promise<boolean> {
    return writeIf(
      this.client,
      new PutItemCommand({
        TableName: this.tableName,
        Item: { id: { S: markerId(subscriberId, day) }, claimedAt: { S: at.toISOString() } },
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
  }

  async release(subscriberId: string, day: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { id: { S: markerId(subscriberId, day) } } }));
  }
}

export function markerId(subscriberId: string, day: string): string {
  return `${DIGEST_MARKER_PREFIX}${subscriberId}#${day}`;
}

import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { Alert } from '../../domain/types.js';
import type { AlertOutbox, OutboxEntry } from '../../ports/alert-outbox.js';
import { writeIf } from './dynamodb-errors.js';

/**
 * The alert outbox in DynamoDB. An alert is written as `pending` before anyone publishes it;
 * the deterministic id makes a second `record` of the same shift a no-op, and the
 * `status = pending` condition on `markPublished` lets exactly one publisher win.
 */
export class DynamoDbAlertOutbox implements AlertOutbox {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async record(alert: Alert): Promise<boolean> {
    return writeIf(
      this.client,
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          id: { S: alert.id },
          status: { S: 'pending' },
          attempts: { N: '0' },
          at: { S: alert.at },
          doc: { S: JSON.stringify(alert) },
        },
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { id: { S: id } }, ConsistentRead: true }),
    );
    return parse(out.Item);
  }

  async claim(id: string, now: Date, leaseSeconds: number): Promise<boolean> {
    return writeIf(
      this.client,
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { id: { S: id } },
        UpdateExpression: 'SET leaseUntil = :until',
        // ISO timestamps compare correctly as strings.
        ConditionExpression: '#status = :pending AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': { S: 'pending' },
          ':now': { S: now.toISOString() },
          ':until': { S: new Date(now.getTime() + leaseSeconds * 1000).toISOString() },
        },
      }),
    );
  }

  async markPublished(id: string, messageId: string, at: string): Promise<boolean> {
    return writeIf(
      this.client,
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { id: { S: id } },
        UpdateExpression: 'SET #status = :published, messageId = :messageId, publishedAt = :at REMOVE leaseUntil',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':published': { S: 'published' },
          ':pending': { S: 'pending' },
          ':messageId': { S: messageId },
          ':at': { S: at },
        },
      }),
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { id: { S: id } },
        // Releasing the lease lets the next sweep retry at once.
        UpdateExpression: 'SET lastError = :error REMOVE leaseUntil ADD attempts :one',
        ConditionExpression: 'attribute_exists(id)',
        ExpressionAttributeValues: { ':error': { S: error.slice(0, 1000) }, ':one': { N: '1' } },
      }),
    );
  }

  async pending(): Promise<OutboxEntry[]> {
    return (await this.scan('pending')).filter((entry) => entry.status === 'pending');
  }

  async list(): Promise<OutboxEntry[]> {
    return this.scan();
  }

  private async scan(status?: string): Promise<OutboxEntry[]> {
    const entries: OutboxEntry[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          ExclusiveStartKey: start,
          ...(status
            ? {
                FilterExpression: '#status = :status',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':status': { S: status } },
              }
            : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const entry = parse(item);
        if (entry) entries.push(entry);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return entries.sort((a, b) => a.alert.at.localeCompare(b.alert.at) || a.alert.id.localeCompare(b.alert.id));
  }
}

function parse(item: Record<string, AttributeValue> | undefined): OutboxEntry | undefined {
  const doc = item?.doc?.S;
  if (!item || !doc) return undefined;
  return {
    alert: JSON.parse(doc) as Alert,
    status: item.status?.S === 'published' ? 'published' : 'pending',
    attempts: Number(item.attempts?.N ?? 0),
    ...(item.messageId?.S ? { messageId: item.messageId.S } : {}),
    ...(item.publishedAt?.S ? { publishedAt: item.publishedAt.S } : {}),
    ...(item.lastError?.S ? { lastError: item.lastError.S } : {}),
  };
}

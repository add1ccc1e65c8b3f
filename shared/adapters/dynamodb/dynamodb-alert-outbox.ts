import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { Alert } from '../../domain/types.js';
import type { AlertOutbox, OutboxEntry } from '../../ports/alert-outbox.js';
import type { AlertHistory } from '../../ports/alert-history.js';
import { TABLES } from '../dynamodb-tables.js';
import { writeIf } from './dynamodb-errors.js';

const BY_DAY = TABLES.alerts.indexes[0];
const DAY_MS = 86_400_000;
/** Widest window `listSince` reads (one query per day partition). */
export const MAX_HISTORY_DAYS = 800;

/**
 * The alert outbox in DynamoDB. An alert is written as `pending` before anyone publishes it;
 * the deterministic id makes a second `record` of the same shift a no-op, and the
 * `status = pending` condition on `markPublished` lets exactly one publisher win.
 */
export class DynamoDbAlertOutbox implements AlertOutbox, AlertHistory {
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
          // Normalised to UTC so the index's day partitions and string order agree with time.
          at: { S: utc(alert.at) },
          day: { S: utc(alert.at).slice(0, 10) },
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

  /**
   * Alerts decided in `[from, to)`, oldest first: one query per UTC day partition of the
   * `byDay` index (two for a 24-hour window), never a table scan.
   */
  async listSince(from: Date, to: Date): Promise<Alert[]> {
    const start = from.toISOString();
    const end = to.toISOString();
    if (end <= start) return [];
    const firstDay = Date.parse(start.slice(0, 10));
    const days = Math.floor((Date.parse(end.slice(0, 10)) - firstDay) / DAY_MS) + 1;
    if (days > MAX_HISTORY_DAYS) throw new RangeError(`listSince: a window of ${days} days is wider than ${MAX_HISTORY_DAYS}`);
    const alerts: Alert[] = [];
    for (let d = 0; d < days; d++) {
      const day = new Date(firstDay + d * DAY_MS).toISOString().slice(0, 10);
      let next: Record<string, AttributeValue> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: BY_DAY.indexName,
            KeyConditionExpression: '#day = :day AND #at BETWEEN :start AND :end',
            ExpressionAttributeNames: { '#day': BY_DAY.partitionKey, '#at': BY_DAY.sortKey },
            ExpressionAttributeValues: { ':day': { S: day }, ':start': { S: start }, ':end': { S: end } },
            ExclusiveStartKey: next,
          }),
        );
        for (const item of page.Items ?? []) {
          // BETWEEN is inclusive; the window's end is not.
          if (item.at?.S === end) continue;
          const entry = parse(item);
          if (entry) alerts.push(entry.alert);
        }
        next = page.LastEvaluatedKey;
      } while (next);
    }
    return alerts.sort((a, b) => utc(a.at).localeCompare(utc(b.at)) || a.id.localeCompare(b.id));
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

function utc(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString();
}

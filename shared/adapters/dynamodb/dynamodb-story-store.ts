import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { batchGet } from './dynamodb-batch.js';
import type { Story } from '../../domain/types.js';
import type { StoryStore } from '../../ports/story-store.js';
import { writeIf } from './dynamodb-errors.js';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Stories in DynamoDB, one item per deterministic story id. The whole story is kept as a
 * JSON document beside the key, so the schema can grow without a migration.
 */
export class DynamoDbStoryStore implements StoryStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Stories expire (DynamoDB TTL, set up by CDK) this many days after publication. */
    private readonly retentionDays = 90,
  ) {}

  async saveIfNew(story: Story): Promise<boolean> {
    const publishedSeconds = Math.floor(Date.parse(story.published) / 1000);
    const expiresAt = (Number.isFinite(publishedSeconds) ? publishedSeconds : Math.floor(Date.now() / 1000)) +
      this.retentionDays * DAY_SECONDS;
    return writeIf(
      this.client,
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          id: { S: story.id },
          url: { S: story.url },
          published: { S: story.published },
          doc: { S: JSON.stringify(story) },
          expiresAt: { N: String(expiresAt) },
        },
        // The id is a hash of the canonical link: a second sighting of the story is a no-op.
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
  }

  async get(id: string): Promise<Story | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { id: { S: id } }, ConsistentRead: true }),
    );
    const doc = out.Item?.doc?.S;
    return doc ? (JSON.parse(doc) as Story) : undefined;
  }

  async markProcessed(id: string, at: string): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { id: { S: id } },
        UpdateExpression: 'SET processedAt = :at',
        ConditionExpression: 'attribute_exists(id)',
        ExpressionAttributeValues: { ':at': { S: at } },
      }),
    );
  }

  async isProcessed(id: string): Promise<boolean> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { id: { S: id } },
        ConsistentRead: true,
        ProjectionExpression: 'processedAt',
      }),
    );
    return Boolean(out.Item?.processedAt?.S);
  }

  async processedIds(ids: readonly string[]): Promise<Set<string>> {
    // Eventually consistent is enough: a story missed here is still caught by saveIfNew's condition.
    const items = await batchGet(this.client, this.tableName, 'id', ids, { projection: 'id, processedAt' });
    return new Set(items.filter((item) => item.processedAt?.S).map((item) => item.id!.S!));
  }

  async count(): Promise<number> {
    let count = 0;
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        // The table also holds near-duplicate index items (no url); count only stories.
        new ScanCommand({ TableName: this.tableName, Select: 'COUNT', ExclusiveStartKey: start, FilterExpression: 'attribute_exists(#url)', ExpressionAttributeNames: { '#url': 'url' } }),
      );
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return count;
  }
}

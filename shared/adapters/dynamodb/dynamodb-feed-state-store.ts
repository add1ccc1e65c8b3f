import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { FeedState, FeedStateStore } from '../../ports/feed-fetcher.js';
import { batchGet } from './dynamodb-batch.js';

/** Per-feed fetch state (validators for conditional GET, back-off), keyed by feed URL. */
export class DynamoDbFeedStateStore implements FeedStateStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(url: string): Promise<FeedState | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { url: { S: url } }, ConsistentRead: true }),
    );
    const doc = out.Item?.doc?.S;
    return doc ? (JSON.parse(doc) as FeedState) : undefined;
  }

  async getMany(urls: readonly string[]): Promise<Map<string, FeedState>> {
    const states = new Map<string, FeedState>();
    for (const item of await batchGet(this.client, this.tableName, 'url', urls)) {
      if (item.doc?.S) states.set(item.url!.S!, JSON.parse(item.doc.S) as FeedState);
    }
    return states;
  }

  async put(state: FeedState): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          url: { S: state.url },
          doc: { S: JSON.stringify(state) },
          ...(state.restingUntil ? { restingUntil: { S: state.restingUntil } } : {}),
          consecutiveFailures: { N: String(state.consecutiveFailures ?? 0) },
        },
      }),
    );
  }
}

import { DynamoDBClient, GetItemCommand, PutItemCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { ConcurrentUpdateError } from '../../domain/errors.js';
import type { Position } from '../../domain/types.js';
import type { PositionStore } from '../../ports/position-store.js';
import { writeIf } from './dynamodb-errors.js';

const key = (actor: string, issue: string) => `${actor}#${issue}`;

/**
 * Positions in DynamoDB, one item per (actor, issue), written with optimistic locking:
 * two workers reading the same version cannot both win, the loser re-reads and retries.
 */
export class DynamoDbPositionStore implements PositionStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(actor: string, issue: string): Promise<Position | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: key(actor, issue) } }, ConsistentRead: true }),
    );
    return parse(out.Item);
  }

  async save(position: Position): Promise<void> {
    const previous = position.version - 1;
    const saved = await writeIf(
      this.client,
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          pk: { S: key(position.actor, position.issue) },
          version: { N: String(position.version) },
          doc: { S: JSON.stringify(position) },
        },
        ConditionExpression: previous <= 0 ? 'attribute_not_exists(pk)' : 'version = :previous',
        ExpressionAttributeValues: previous <= 0 ? undefined : { ':previous': { N: String(previous) } },
      }),
    );
    if (!saved) {
      throw new ConcurrentUpdateError(
        `position ${key(position.actor, position.issue)} changed while being updated (expected version ${previous})`,
      );
    }
  }

  async list(): Promise<Position[]> {
    const positions: Position[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(new ScanCommand({ TableName: this.tableName, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) {
        const position = parse(item);
        if (position) positions.push(position);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return positions.sort((a, b) => key(a.actor, a.issue).localeCompare(key(b.actor, b.issue)));
  }
}

function parse(item: Record<string, AttributeValue> | undefined): Position | undefined {
  const doc = item?.doc?.S;
  if (!doc) return undefined;
  const position = JSON.parse(doc) as Position;
  position.version = Number(item?.version?.N ?? position.version);
  return position;
}

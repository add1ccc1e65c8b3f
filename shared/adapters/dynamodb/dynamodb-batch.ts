import { BatchGetItemCommand, DynamoDBClient, type AttributeValue } from '@aws-sdk/client-dynamodb';

/** DynamoDB's limit on keys per BatchGetItem call. */
const MAX_KEYS = 100;

/**
 * Reads many items by string partition key, 100 keys a call, retrying the keys DynamoDB
 * leaves unprocessed under throttling. Missing items are simply absent from the result.
 * Reads are eventually consistent unless asked (half the read units).
 */
export async function batchGet(
  client: DynamoDBClient,
  tableName: string,
  keyName: string,
  ids: readonly string[],
  options: { projection?: string; consistent?: boolean } = {},
): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  const unique = [...new Set(ids)];
  for (let offset = 0; offset < unique.length; offset += MAX_KEYS) {
    let keys: Record<string, AttributeValue>[] = unique.slice(offset, offset + MAX_KEYS).map((id) => ({ [keyName]: { S: id } }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      const out = await client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [tableName]: {
              Keys: keys,
              ConsistentRead: options.consistent ?? false,
              ...(options.projection ? { ProjectionExpression: options.projection } : {}),
            },
          },
        }),
      );
      items.push(...(out.Responses?.[tableName] ?? []));
      keys = (out.UnprocessedKeys?.[tableName]?.Keys as Record<string, AttributeValue>[] | undefined) ?? [];
      if (keys.length > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
    }
  }
  return items;
}

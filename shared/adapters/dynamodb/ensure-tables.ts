import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { TABLES, type IndexDefinition, type TableDefinition, type TableKey, type TableNames } from '../dynamodb-tables.js';

/**
 * Creates the shiftwatch tables where they are missing (local stores and tests only;
 * in AWS the CDK stack owns them). Waits until each is ACTIVE.
 */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const table: TableDefinition = TABLES[key];
    const name = names[key];
    const indexes = table.indexes ?? [];
    const attributes = [...new Set([table.partitionKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])])];
    try {
      await client.send(
        new CreateTableCommand({
          TableName: name,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributes.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
          KeySchema: [{ AttributeName: table.partitionKey, KeyType: 'HASH' }],
          ...(indexes.length > 0 ? { GlobalSecondaryIndexes: indexes.map(indexSpec) } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
      // A store created before an index was added gets it now.
      await addMissingIndexes(client, name, indexes);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const out = await client.send(new DescribeTableCommand({ TableName: name }));
        const indexesReady = (out.Table?.GlobalSecondaryIndexes ?? []).every((i) => !i.IndexStatus || i.IndexStatus === 'ACTIVE');
        if (out.Table?.TableStatus === 'ACTIVE' && indexesReady) break;
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      if (attempt > 200) throw new Error(`table ${name} did not become ACTIVE`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

function indexSpec(index: IndexDefinition) {
  return {
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  };
}

async function addMissingIndexes(client: DynamoDBClient, name: string, indexes: readonly IndexDefinition[]): Promise<void> {
  if (indexes.length === 0) return;
  const out = await client.send(new DescribeTableCommand({ TableName: name }));
  const present = new Set((out.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of indexes) {
    if (present.has(index.indexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: [index.partitionKey, index.sortKey].map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
        GlobalSecondaryIndexUpdates: [{ Create: indexSpec(index) }],
      }),
    );
  }
}

/** Table names with a prefix, e.g. for one test's private set of tables. */
export function prefixedTableNames(prefix: string): TableNames {
  return Object.fromEntries(
    (Object.keys(TABLES) as TableKey[]).map((key) => [key, `${prefix}${TABLES[key].logicalName}`]),
  ) as TableNames;
}

import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { TABLES, type TableKey, type TableNames } from '../dynamodb-tables.js';

/**
 * Creates the shiftwatch tables where they are missing (local stores and tests only;
 * in AWS the CDK stack owns them). Waits until each is ACTIVE.
 */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const table = TABLES[key];
    const name = names[key];
    try {
      await client.send(
        new CreateTableCommand({
          TableName: name,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: table.partitionKey, AttributeType: 'S' }],
          KeySchema: [{ AttributeName: table.partitionKey, KeyType: 'HASH' }],
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const out = await client.send(new DescribeTableCommand({ TableName: name }));
        if (out.Table?.TableStatus === 'ACTIVE') break;
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      if (attempt > 200) throw new Error(`table ${name} did not become ACTIVE`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Table names with a prefix, e.g. for one test's private set of tables. */
export function prefixedTableNames(prefix: string): TableNames {
  return Object.fromEntries(
    (Object.keys(TABLES) as TableKey[]).map((key) => [key, `${prefix}${TABLES[key].logicalName}`]),
  ) as TableNames;
}

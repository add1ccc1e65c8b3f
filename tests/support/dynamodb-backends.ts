import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { ensureTables, prefixedTableNames } from '../../shared/adapters/dynamodb/ensure-tables.js';
import { localDynamoDbClient, startEmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import type { TableNames } from '../../shared/adapters/dynamodb-tables.js';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface DynamoBackend {
  client: DynamoDBClient;
  tables: TableNames;
  close(): Promise<void>;
}

/**
 * The two DynamoDB-compatible backends every adapter test runs against: DynamoDB Local
 * (AWS's emulator, started once by the global setup; each call gets fresh tables) and
 * dynalite (the embedded store `npm start` uses).
 */
export const DYNAMO_BACKENDS: { name: string; open(): Promise<DynamoBackend> }[] = [
  {
    name: 'DynamoDB Local',
    open: async () => {
      const client = localDynamoDbClient(inject('dynamoDbLocalEndpoint'));
      const tables = prefixedTableNames(`t${randomUUID().slice(0, 8)}-`);
      await ensureTables(client, tables);
      return { client, tables, close: async () => client.destroy() };
    },
  },
  {
    name: 'dynalite',
    open: async () => {
      const db = await startEmbeddedDynamoDb();
      return { client: db.client, tables: db.tableNames, close: () => db.stop() };
    },
  },
];

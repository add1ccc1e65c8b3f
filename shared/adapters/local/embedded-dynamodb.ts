import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { ensureTables, prefixedTableNames } from '../dynamodb/ensure-tables.js';
import type { TableNames } from '../dynamodb-tables.js';

export interface EmbeddedDynamoDb {
  client: DynamoDBClient;
  tableNames: TableNames;
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * A DynamoDB-compatible store that runs in this process (dynalite on LevelDB), so the
 * local CLI needs neither Java nor an AWS account. With `path` it persists on disk;
 * without, it lives in memory (replay's fresh store).
 */
export async function startEmbeddedDynamoDb(options: { path?: string } = {}): Promise<EmbeddedDynamoDb> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoDbClient(endpoint);
  const tableNames = prefixedTableNames('shiftwatch-');
  try {
    await ensureTables(client, tableNames);
  } catch (error) {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  return {
    client,
    tableNames,
    endpoint,
    stop: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A client for a local endpoint: fixed dummy credentials, so no AWS profile is read. */
export function localDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
}

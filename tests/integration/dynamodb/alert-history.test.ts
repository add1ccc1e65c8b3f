import { CreateTableCommand, DescribeTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbAlertOutbox } from '../../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbDigestLedger } from '../../../shared/adapters/dynamodb/dynamodb-digest-ledger.js';
import { ensureTables, prefixedTableNames } from '../../../shared/adapters/dynamodb/ensure-tables.js';
import { TABLES } from '../../../shared/adapters/dynamodb-tables.js';
import { localDynamoDbClient } from '../../../shared/adapters/local/embedded-dynamodb.js';
import { DYNAMO_BACKENDS, type DynamoBackend } from '../../support/dynamodb-backends.js';
import { anAlert } from '../../support/fixtures.js';

describe.each(DYNAMO_BACKENDS)('Alert history and digest ledger against $name', ({ open }) => {
  let backend: DynamoBackend;
  let outbox: DynamoDbAlertOutbox;
  beforeAll(async () => {
    backend = await open();
    outbox = new DynamoDbAlertOutbox(backend.client, backend.tables.alerts);
    for (const [id, at] of [
      ['h-day-before', '2026-11-23T23:59:59.000Z'],
      ['h-start', '2026-11-24T07:00:00.000Z'],
      ['h-evening', '2026-11-24T22:10:00.000Z'],
      // 01:30 on the 25th in UTC, written with an offset: it must land in the 25th's partition.
      ['h-offset', '2026-11-25T03:30:00+02:00'],
      ['h-end', '2026-11-25T07:00:00.000Z'],
      ['h-later', '2026-11-26T09:00:00.000Z'],
    ]) {
      await outbox.record(anAlert({ id, at }));
    }
  });
  afterAll(async () => {
    await backend?.close();
  });

  describe('Method: DynamoDbAlertOutbox.listSince', () => {
    it('lists the alerts of [from, to) across two day partitions, oldest first', async () => {
      const alerts = await outbox.listSince(new Date('2026-11-24T07:00:00Z'), new Date('2026-11-25T07:00:00Z'));
      expect(alerts.map((a) => a.id)).toEqual(['h-start', 'h-evening', 'h-offset']);
      // The stored document is the alert as recorded.
      expect(alerts[2].at).toBe('2026-11-25T03:30:00+02:00');
    });

    it('reads a wider window and an empty one', async () => {
      const week = await outbox.listSince(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-27T00:00:00Z'));
      expect(week.map((a) => a.id)).toEqual(['h-day-before', 'h-start', 'h-evening', 'h-offset', 'h-end', 'h-later']);
      expect(await outbox.listSince(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-02T00:00:00Z'))).toEqual([]);
      expect(await outbox.listSince(new Date('2026-11-25T00:00:00Z'), new Date('2026-11-24T00:00:00Z'))).toEqual([]);
    });

    it('queries the byDay index (no scan): an alert item without a day is not listed', async () => {
      // Written as an older version of the outbox did, without `day`: only a scan would find it.
      await backend.client.send(
        new PutItemCommand({
          TableName: backend.tables.alerts,
          Item: { id: { S: 'h-no-day' }, status: { S: 'published' }, attempts: { N: '0' }, at: { S: '2026-11-24T12:00:00.000Z' }, doc: { S: JSON.stringify(anAlert({ id: 'h-no-day', at: '2026-11-24T12:00:00.000Z' })) } },
        }),
      );
      const alerts = await outbox.listSince(new Date('2026-11-24T07:00:00Z'), new Date('2026-11-25T07:00:00Z'));
      expect(alerts.map((a) => a.id)).not.toContain('h-no-day');
      expect((await outbox.list()).map((e) => e.alert.id)).toContain('h-no-day');
    });
  });

  describe('Class: DynamoDbDigestLedger', () => {
    it('lets one run claim a (subscriber, day), and another after a release', async () => {
      const ledger = new DynamoDbDigestLedger(backend.client, backend.tables.alerts);
      const at = new Date('2026-11-25T07:00:05Z');
      expect(await ledger.claim('sub-a', '2026-11-25', at)).toBe(true);
      expect(await ledger.claim('sub-a', '2026-11-25', at)).toBe(false);
      expect(await ledger.claim('sub-b', '2026-11-25', at)).toBe(true);
      expect(await ledger.claim('sub-a', '2026-11-26', at)).toBe(true);

      await ledger.release('sub-a', '2026-11-25');
      expect(await ledger.claim('sub-a', '2026-11-25', at)).toBe(true);
    });

    it('leaves the outbox readers untouched: markers are neither alerts nor pending', async () => {
      const ledger = new DynamoDbDigestLedger(backend.client, backend.tables.alerts);
      await ledger.claim('sub-c', '2026-11-24', new Date('2026-11-24T07:00:00Z'));
      const ids = (await outbox.list()).map((e) => e.alert.id);
      expect(ids.some((id) => id.startsWith('digest#'))).toBe(false);
      expect((await outbox.pending()).some((e) => e.alert.id.startsWith('digest#'))).toBe(false);
      expect(await outbox.get('digest#sub-c#2026-11-24')).toBeUndefined();
    });
  });
});

describe('Function: ensureTables against DynamoDB Local', () => {
  it('adds the byDay index to an alerts table created before it existed', async () => {
    const client = localDynamoDbClient(inject('dynamoDbLocalEndpoint'));
    try {
      const names = prefixedTableNames(`old${randomUUID().slice(0, 8)}-`);
      await client.send(
        new CreateTableCommand({
          TableName: names.alerts,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        }),
      );

      await ensureTables(client, names);

      const out = await client.send(new DescribeTableCommand({ TableName: names.alerts }));
      expect(out.Table?.GlobalSecondaryIndexes?.map((i) => [i.IndexName, i.IndexStatus])).toEqual([[TABLES.alerts.indexes[0].indexName, 'ACTIVE']]);
      const outbox = new DynamoDbAlertOutbox(client, names.alerts);
      await outbox.record(anAlert({ id: 'late-index', at: '2026-11-24T10:00:00.000Z' }));
      expect((await outbox.listSince(new Date('2026-11-24T00:00:00Z'), new Date('2026-11-25T00:00:00Z'))).map((a) => a.id)).toEqual(['late-index']);
    } finally {
      client.destroy();
    }
  });
});

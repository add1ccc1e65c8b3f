/**
 * The DynamoDB tables shiftwatch uses, shared by the CDK stack and the local store
 * so both agree on names and key schemas. All keys are strings; all tables are on-demand.
 */
export interface TableDefinition {
  /** Logical name; the deployed table name is chosen by CloudFormation and passed in env. */
  readonly logicalName: string;
  readonly partitionKey: string;
  /** Attribute holding an epoch-seconds expiry, when the table uses TTL (set by CDK only). */
  readonly ttlAttribute?: string;
  /** Global secondary indexes (string keys, all attributes projected). */
  readonly indexes?: readonly IndexDefinition[];
}

/** A global secondary index: sparse, since only items carrying its partition key appear in it. */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export const TABLES = {
  /** One item per story, keyed by its deterministic id. */
  stories: { logicalName: 'stories', partitionKey: 'id', ttlAttribute: 'expiresAt' },
  /** One item per (actor, issue): prevailing stance, evidence, pending evidence. pk = `${actor}#${issue}`. */
  positions: { logicalName: 'positions', partitionKey: 'pk' },
  /**
   * The alert outbox, keyed by deterministic alert id. `byDay` lists alerts by decision day
   * (`day` = YYYY-MM-DD of the alert's time, sort key `at` = its ISO time) for the daily digest.
   */
  alerts: {
    logicalName: 'alerts',
    partitionKey: 'id',
    indexes: [{ indexName: 'byDay', partitionKey: 'day', sortKey: 'at' }],
  },
  /** Per-feed fetch state (ETag, Last-Modified, back-off), keyed by feed URL. */
  feeds: { logicalName: 'feeds', partitionKey: 'url' },
} as const satisfies Record<string, TableDefinition>;

export type TableKey = keyof typeof TABLES;

/** Table names as the adapters receive them (env vars in Lambda, fixed names locally). */
export type TableNames = Record<TableKey, string>;

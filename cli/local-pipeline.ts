import { join } from 'node:path';
import { createStanceReader } from '../shared/domain/reading/stance-reader.js';
import type { Alert } from '../shared/domain/types.js';
import type { Watchlist } from '../shared/domain/watchlist.js';
import { shiftSettings } from '../shared/domain/positions/shift-rules.js';
import { DEFAULT_FETCH_SETTINGS, type FetchSettings, type ShiftOverrides } from '../shared/config.js';
import { DynamoDbAlertOutbox } from '../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbFeedStateStore } from '../shared/adapters/dynamodb/dynamodb-feed-state-store.js';
import { DynamoDbPositionStore } from '../shared/adapters/dynamodb/dynamodb-position-store.js';
import { DynamoDbStoryStore } from '../shared/adapters/dynamodb/dynamodb-story-store.js';
import { CompositeFeedFetcher, FileFeedFetcher } from '../shared/adapters/local/file-feed-fetcher.js';
import { startEmbeddedDynamoDb } from '../shared/adapters/local/embedded-dynamodb.js';
import { JsonlAlertPublisher } from '../shared/adapters/local/local-alert-publisher.js';
import { DynamoDbNearDuplicateIndex } from '../shared/adapters/dynamodb/dynamodb-near-duplicate-index.js';
import type { IngestDeps } from '../shared/use-cases/ingest-feed.js';

export interface LocalPipelineOptions {
  /** Store folder; undefined for a fresh in-memory store (replay's default). */
  storeDir?: string;
  watchlist: Watchlist;
  /** JSON Lines file alerts are appended to. */
  alertsFile?: string;
  onAlert?: (alert: Alert) => void;
  fetch?: Partial<FetchSettings>;
  shifts?: ShiftOverrides;
  horizonHours?: number;
}

export interface LocalPipeline {
  deps: IngestDeps;
  close(): Promise<void>;
}

/**
 * The local composition root: the embedded DynamoDB-compatible store, the real HTTP and
 * file fetchers, alerts to the console and a JSON Lines file. The same use cases run in Lambda.
 */
export async function openLocalPipeline(options: LocalPipelineOptions): Promise<LocalPipeline> {
  const db = await startEmbeddedDynamoDb(options.storeDir ? { path: join(options.storeDir, 'db') } : {});
  const fetch = { ...DEFAULT_FETCH_SETTINGS, ...options.fetch };
  const deps: IngestDeps = {
    stories: new DynamoDbStoryStore(db.client, db.tableNames.stories),
    positions: new DynamoDbPositionStore(db.client, db.tableNames.positions),
    outbox: new DynamoDbAlertOutbox(db.client, db.tableNames.alerts),
    feedStates: new DynamoDbFeedStateStore(db.client, db.tableNames.feeds),
    reader: createStanceReader(options.watchlist),
    watchlist: options.watchlist,
    shiftSettings: shiftSettings(options.shifts),
    publisher: new JsonlAlertPublisher(options.alertsFile, options.onAlert),
    nearDuplicates: new DynamoDbNearDuplicateIndex(db.client, db.tableNames.stories),
    // http(s) URLs go to the HTTP fetcher, paths and file: URLs to the file fetcher, other schemes are refused.
    fetcher: new CompositeFeedFetcher({
      http: fetch,
      file: new FileFeedFetcher({ maxBytes: fetch.maxBytes }),
    }),
    maxItemsPerFeed: fetch.maxItemsPerFeed,
    ...(options.horizonHours !== undefined ? { horizonHours: options.horizonHours } : {}),
  };
  return { deps, close: () => db.stop() };
}


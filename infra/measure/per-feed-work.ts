/**
 * Measures the fetch worker's per-feed work for the cost table in infra/README.md: the use case
 * `ingestFeed` over the real news feeds of the corpus, with the DynamoDB adapters against the
 * embedded DynamoDB-compatible store, twice (every item new, then every item seen).
 * Run: `npx tsx infra/measure/per-feed-work.ts` from the project root. Prints JSON lines.
 * Capacity units are dynalite's model of DynamoDB's; it reports none for a failed conditional
 * put, which DynamoDB bills as a write, so item sizes are printed too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { DEFAULT_SHIFT_SETTINGS } from '../../shared/domain/positions/shift-rules.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbFeedStateStore } from '../../shared/adapters/dynamodb/dynamodb-feed-state-store.js';
import { DynamoDbPositionStore } from '../../shared/adapters/dynamodb/dynamodb-position-store.js';
import { DynamoDbStoryStore } from '../../shared/adapters/dynamodb/dynamodb-story-store.js';
import { DynamoDbNearDuplicateIndex } from '../../shared/adapters/dynamodb/dynamodb-near-duplicate-index.js';
import { FileFeedFetcher } from '../../shared/adapters/local/file-feed-fetcher.js';
import { startEmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import { ingestFeed, type IngestDeps } from '../../shared/use-cases/ingest-feed.js';

const dir = '../shared/corpus/feeds/codehollow-feedreader';
const feeds = readdirSync(dir).filter((f) => /^Rss20|^Atom|^Rss10/.test(f)).map((f) => ({ url: `${dir}/${f}` }));
const watchlist = parseWatchlist(readFileSync('../shared/eval/dev/watchlist.yaml', 'utf8'), 'watchlist.yaml');
const db = await startEmbeddedDynamoDb();
const ops: Record<string, number> = {};
let writeKb = 0;
let ddbMs = 0;
let readCu = 0;
let itemKb = 0;
let failedCond = 0;
db.client.middlewareStack.add(
  (next, ctx) => async (args: any) => {
    const name = ctx.commandName as string;
    ops[name] = (ops[name] ?? 0) + 1;
    args.input.ReturnConsumedCapacity = 'TOTAL';
    if (args.input.Item) itemKb += Math.ceil(Buffer.byteLength(JSON.stringify(args.input.Item)) / 1024);
    const t = performance.now();
    try {
      const out: any = await next(args);
      const cc = out.output?.ConsumedCapacity;
      const cu = [cc ?? []].flat().reduce((n: number, c: any) => n + (c?.CapacityUnits ?? 0), 0);
      if (/Put|Update|Delete|Write/.test(name)) writeKb += cu; else readCu += cu;
      return out;
    } catch (e: any) {
      if (e.name === 'ConditionalCheckFailedException') failedCond++;
      throw e;
    } finally { ddbMs += performance.now() - t; }
  },
  { step: 'initialize', name: 'count' },
);
const deps: IngestDeps = {
  stories: new DynamoDbStoryStore(db.client, db.tableNames.stories),
  nearDuplicates: new DynamoDbNearDuplicateIndex(db.client, db.tableNames.stories),
  positions: new DynamoDbPositionStore(db.client, db.tableNames.positions),
  outbox: new DynamoDbAlertOutbox(db.client, db.tableNames.alerts),
  feedStates: new DynamoDbFeedStateStore(db.client, db.tableNames.feeds),
  fetcher: new FileFeedFetcher(),
  reader: createStanceReader(watchlist),
  watchlist,
  shiftSettings: DEFAULT_SHIFT_SETTINGS,
  maxItemsPerFeed: 500,
};
for (const pass of ['first (all items new)', 'second (all items seen)']) {
  for (const k of Object.keys(ops)) delete ops[k];
  writeKb = 0; ddbMs = 0; readCu = 0; failedCond = 0; itemKb = 0;
  let items = 0, newStories = 0, claims = 0;
  const cpu0 = process.cpuUsage(); const t0 = performance.now();
  for (const feed of feeds) {
    const r = await ingestFeed(feed, deps, new Date());
    items += r.items; newStories += r.newStories; claims += r.claims;
  }
  const wall = performance.now() - t0; const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ pass, feeds: feeds.length, items, newStories, claims, wallMsPerFeed: +(wall / feeds.length).toFixed(1), ddbMsPerFeed: +(ddbMs / feeds.length).toFixed(1), cpuMsPerFeed: +((cpu.user + cpu.system) / 1000 / feeds.length).toFixed(1), opsPerFeed: Object.fromEntries(Object.entries(ops).map(([k, v]) => [k, +(v / feeds.length).toFixed(1)])), wcuPerFeed: +(writeKb / feeds.length).toFixed(1), rcuPerFeed: +(readCu / feeds.length).toFixed(1), putItemKbPerFeed: +(itemKb / feeds.length).toFixed(1), failedConditionalPerFeed: +(failedCond / feeds.length).toFixed(1), itemsPerFeed: +(items / feeds.length).toFixed(1) }));
}
await db.stop();

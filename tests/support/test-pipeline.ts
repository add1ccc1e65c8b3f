import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbPositionStore } from '../../shared/adapters/dynamodb/dynamodb-position-store.js';
import { DynamoDbStoryStore } from '../../shared/adapters/dynamodb/dynamodb-story-store.js';
import { startEmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import { DEFAULT_SHIFT_SETTINGS } from '../../shared/domain/positions/shift-rules.js';
import type { Article, StanceReader } from '../../shared/domain/reading/stance-reader.js';
import type { Alert, Claim } from '../../shared/domain/types.js';
import type { Watchlist } from '../../shared/domain/watchlist.js';
import type { AlertPublisher } from '../../shared/ports/alert-publisher.js';
import type { PipelineDeps } from '../../shared/use-cases/process-story.js';

export const TEST_WATCHLIST: Watchlist = {
  actors: [
    { id: 'ukraine', name: 'Ukraine', aliases: ['Kyiv', 'Zelensky'] },
    { id: 'russia', name: 'Russia', aliases: ['Moscow', 'the Kremlin'] },
  ],
  issues: [{ id: 'renounce-nato', name: 'Ukraine formally abandons its NATO bid', terms: ['NATO bid'] }],
  baseline: [{ actor: 'ukraine', issue: 'renounce-nato', stance: 'oppose' }],
};

/**
 * A stance reader for use-case tests: claims are written into the text as
 * `[actor issue stance confidence attributed]` (with an optional ` sentence=N`, where in the story it was read), so a
 * test states exactly what the reader found and exercises everything downstream of reading.
 */
export class ScriptedStanceReader implements StanceReader {
  analyze(article: Article): Claim[] {
    return [...article.text.matchAll(/\[(\S+) (\S+) (support|oppose|conditional) ([\d.]+) (yes|no)(?: sentence=(\d+))?\]/g)].map((m) => ({
      actor: m[1],
      issue: m[2],
      stance: m[3] as Claim['stance'],
      confidence: Number(m[4]),
      quote: article.text.replace(/\[[^\]]*\]/g, '').trim(),
      attributed: m[5] === 'yes',
      ...(m[6] !== undefined ? { sentence: Number(m[6]) } : {}),
    }));
  }
}

/** Records what it publishes; can be told to fail the next N publishes. */
export class RecordingPublisher implements AlertPublisher {
  readonly published: Alert[] = [];
  failNext = 0;

  async publish(alert: Alert): Promise<string> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('SNS unavailable (injected fault)');
    }
    this.published.push(alert);
    return `msg-${this.published.length}`;
  }
}

/** Pipeline deps over a fresh in-process DynamoDB-compatible store. */
export async function testPipeline(overrides: Partial<PipelineDeps> = {}) {
  const db = await startEmbeddedDynamoDb();
  const publisher = new RecordingPublisher();
  const deps: PipelineDeps = {
    stories: new DynamoDbStoryStore(db.client, db.tableNames.stories),
    positions: new DynamoDbPositionStore(db.client, db.tableNames.positions),
    outbox: new DynamoDbAlertOutbox(db.client, db.tableNames.alerts),
    reader: new ScriptedStanceReader(),
    watchlist: TEST_WATCHLIST,
    shiftSettings: DEFAULT_SHIFT_SETTINGS,
    publisher,
    ...overrides,
  };
  return { deps, publisher, db, close: () => db.stop() };
}

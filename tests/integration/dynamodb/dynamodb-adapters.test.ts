import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrentUpdateError } from '../../../shared/domain/errors.js';
import { DynamoDbAlertOutbox } from '../../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbNearDuplicateIndex } from '../../../shared/adapters/dynamodb/dynamodb-near-duplicate-index.js';
import { fingerprint } from '../../../shared/domain/feed/near-duplicate.js';
import { DynamoDbFeedStateStore } from '../../../shared/adapters/dynamodb/dynamodb-feed-state-store.js';
import { DynamoDbPositionStore } from '../../../shared/adapters/dynamodb/dynamodb-position-store.js';
import { DynamoDbStoryStore } from '../../../shared/adapters/dynamodb/dynamodb-story-store.js';
import { DYNAMO_BACKENDS, type DynamoBackend } from '../../support/dynamodb-backends.js';
import { anAlert, aPosition, aStory } from '../../support/fixtures.js';

describe.each(DYNAMO_BACKENDS)('DynamoDB adapters against $name', ({ open }) => {
  let backend: DynamoBackend;
  beforeAll(async () => {
    backend = await open();
  });
  afterAll(async () => {
    await backend?.close();
  });

  describe('Class: DynamoDbStoryStore', () => {
    it('saves a story once: the second save of the same id is refused and changes nothing', async () => {
      const stories = new DynamoDbStoryStore(backend.client, backend.tables.stories);
      const story = aStory({ id: 'dedupe-1' });

      expect(await stories.saveIfNew(story)).toBe(true);
      expect(await stories.saveIfNew({ ...story, title: 'an edited title' })).toBe(false);

      expect(await stories.get('dedupe-1')).toEqual(story);
      expect(await stories.count()).toBe(1);
    });

    it('remembers whether a story was fully processed', async () => {
      const stories = new DynamoDbStoryStore(backend.client, backend.tables.stories);
      await stories.saveIfNew(aStory({ id: 'processed-1' }));
      expect(await stories.isProcessed('processed-1')).toBe(false);

      await stories.markProcessed('processed-1', '2025-11-27T08:00:00.000Z');

      expect(await stories.isProcessed('processed-1')).toBe(true);
      expect(await stories.get('missing')).toBeUndefined();
    });

    it('tells which ids are processed in one batch read', async () => {
      const stories = new DynamoDbStoryStore(backend.client, backend.tables.stories);
      await stories.saveIfNew(aStory({ id: 'batch-done' }));
      await stories.markProcessed('batch-done', '2025-11-27T08:00:00.000Z');
      await stories.saveIfNew(aStory({ id: 'batch-saved-only' }));

      const done = await stories.processedIds(['batch-done', 'batch-saved-only', 'batch-never-seen']);

      expect([...done]).toEqual(['batch-done']);
    });
  });

  describe('Class: DynamoDbPositionStore', () => {
    it('writes version 1 only when no position exists, then only the next version', async () => {
      const positions = new DynamoDbPositionStore(backend.client, backend.tables.positions);
      const first = aPosition({ actor: 'russia', issue: 'cede-donbas', stance: 'support', version: 1 });

      await positions.save(first);
      await expect(positions.save({ ...first, stance: 'oppose' })).rejects.toBeInstanceOf(ConcurrentUpdateError);
      await positions.save({ ...first, stance: 'conditional', version: 2 });
      // A writer that read version 1 and lost the race must not overwrite version 2.
      await expect(positions.save({ ...first, stance: 'oppose', version: 2 })).rejects.toBeInstanceOf(ConcurrentUpdateError);

      const stored = await positions.get('russia', 'cede-donbas');
      expect(stored).toMatchObject({ stance: 'conditional', version: 2 });
    });

    it('lists every position', async () => {
      const positions = new DynamoDbPositionStore(backend.client, backend.tables.positions);
      await positions.save(aPosition({ actor: 'usa', issue: 'ceasefire', stance: 'support', version: 1 }));
      const listed = await positions.list();
      expect(listed.map((p) => `${p.actor}#${p.issue}`)).toEqual(expect.arrayContaining(['usa#ceasefire', 'russia#cede-donbas']));
    });
  });

  describe('Class: DynamoDbAlertOutbox', () => {
    it('records an alert once, and lets exactly one publisher mark it published', async () => {
      const outbox = new DynamoDbAlertOutbox(backend.client, backend.tables.alerts);
      const alert = anAlert({ id: 'outbox-1' });

      expect(await outbox.record(alert)).toBe(true);
      expect(await outbox.record(alert)).toBe(false);
      expect((await outbox.pending()).map((e) => e.alert.id)).toContain('outbox-1');

      await outbox.markFailed('outbox-1', 'SNS throttled');
      expect(await outbox.get('outbox-1')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SNS throttled' });

      expect(await outbox.markPublished('outbox-1', 'msg-1', '2025-11-27T08:00:00.000Z')).toBe(true);
      expect(await outbox.markPublished('outbox-1', 'msg-2', '2025-11-27T08:00:01.000Z')).toBe(false);

      expect(await outbox.get('outbox-1')).toMatchObject({ status: 'published', messageId: 'msg-1', alert });
      expect((await outbox.pending()).map((e) => e.alert.id)).not.toContain('outbox-1');
    });
  });

  describe('Method: DynamoDbAlertOutbox.claim', () => {
    it('grants one lease at a time, again after it expires, and never on a published alert', async () => {
      const outbox = new DynamoDbAlertOutbox(backend.client, backend.tables.alerts);
      await outbox.record(anAlert({ id: 'lease-1' }));
      const t0 = new Date('2025-11-27T08:00:00.000Z');

      expect(await outbox.claim('lease-1', t0, 60)).toBe(true);
      expect(await outbox.claim('lease-1', new Date(t0.getTime() + 30_000), 60)).toBe(false);
      expect(await outbox.claim('lease-1', new Date(t0.getTime() + 61_000), 60)).toBe(true);

      await outbox.markPublished('lease-1', 'msg', t0.toISOString());
      expect(await outbox.claim('lease-1', new Date(t0.getTime() + 3_600_000), 60)).toBe(false);
      expect(await outbox.claim('no-such-alert', t0, 60)).toBe(false);
    });
  });

  describe('Class: DynamoDbNearDuplicateIndex', () => {
    const original =
      'Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees from Western allies, ' +
      'President Volodymyr Zelensky said on Thursday. He said Ukraine still refused to hand over any territory in the Donbas, ' +
      'and that talks with the American envoy would continue in Geneva next week.';
    const copy =
      'Ukraine is prepared to drop its bid to join NATO in exchange for binding security guarantees from its Western allies, ' +
      'President Volodymyr Zelensky said on Thursday. He added that Ukraine still refused to hand over territory in the Donbas, ' +
      'and that talks with the American envoy would continue in Geneva.';
    const unrelated =
      'The European Commission proposed on Wednesday to use frozen Russian central bank assets to fund a reparations loan ' +
      'for Ukraine, a plan Belgium has resisted because most of the assets are held by a Brussels clearing house.';

    it('credits a reworded copy to the original, and lets unrelated stories stand alone', async () => {
      const index = new DynamoDbNearDuplicateIndex(backend.client, backend.tables.stories);
      const story = (id: string, text: string, published: string) => aStory({ id, text, published, fingerprint: fingerprint(text) });

      expect(await index.originalOf(story('nd-original', original, '2025-11-27T07:30:00Z'))).toBeUndefined();
      expect(await index.originalOf(story('nd-unrelated', unrelated, '2025-11-27T08:00:00Z'))).toBeUndefined();
      expect(await index.originalOf(story('nd-copy', copy, '2025-11-27T11:05:00Z'))).toBe('nd-original');
      // Outside the window the same words are a new story, not a copy.
      expect(await index.originalOf(story('nd-much-later', copy, '2025-12-20T11:05:00Z'))).toBeUndefined();
    });

    it('leaves the story count to stories only', async () => {
      const stories = new DynamoDbStoryStore(backend.client, backend.tables.stories);
      const before = await stories.count();
      const fresh =
        'Finland and Sweden signed accession protocols in Brussels as allies began ratification, with Turkey and Hungary ' +
        'still to vote; diplomats expected the process to take months rather than weeks, officials said on Tuesday.';
      // A new original joins sixteen index items in the same table.
      expect(await new DynamoDbNearDuplicateIndex(backend.client, backend.tables.stories).originalOf(
        aStory({ id: 'nd-count', text: fresh, fingerprint: fingerprint(fresh) }),
      )).toBeUndefined();
      expect(await stories.count()).toBe(before);
    });
  });

  describe('Class: DynamoDbFeedStateStore', () => {
    it('round-trips the conditional GET validators and back-off state', async () => {
      const states = new DynamoDbFeedStateStore(backend.client, backend.tables.feeds);
      const state = {
        url: 'https://example.org/rss',
        etag: '"abc"',
        lastModified: 'Thu, 27 Nov 2025 07:30:00 GMT',
        consecutiveFailures: 2,
        restingUntil: '2025-11-27T09:00:00.000Z',
        restReason: '2 consecutive failures',
      };
      await states.put(state);
      expect(await states.get(state.url)).toEqual(state);
      expect(await states.get('https://example.org/other')).toBeUndefined();
    });

    it('reads many states at once, past the 100-key batch limit', async () => {
      const states = new DynamoDbFeedStateStore(backend.client, backend.tables.feeds);
      const urls = Array.from({ length: 130 }, (_, i) => `https://feeds.example.org/${i}.xml`);
      for (const url of urls.filter((_, i) => i % 2 === 0)) await states.put({ url, etag: `"${url}"` });

      const found = await states.getMany([...urls, 'https://feeds.example.org/missing.xml']);

      expect(found.size).toBe(65);
      expect(found.get(urls[128])).toEqual({ url: urls[128], etag: `"${urls[128]}"` });
      expect(found.has(urls[1])).toBe(false);
    });
  });
});

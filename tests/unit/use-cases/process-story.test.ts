import { afterEach, describe, expect, it } from 'vitest';
import type { Position } from '../../../shared/domain/types.js';
import type { PositionStore } from '../../../shared/ports/position-store.js';
import { deliverAlert, deliverPending } from '../../../shared/use-cases/deliver-alerts.js';
import { processStory } from '../../../shared/use-cases/process-story.js';
import { aStory } from '../../support/fixtures.js';
import { testPipeline } from '../../support/test-pipeline.js';

const SHIFT = '[ukraine renounce-nato conditional 0.9 yes] Kyiv is ready to drop its NATO bid in exchange for guarantees.';
const RESTATED = '[russia renounce-nato support 0.9 yes] The Kremlin repeated its demand that Ukraine abandon its NATO bid.';
const at = (iso: string) => ({ now: new Date(iso) });

describe('Use case: processStory', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('raises one alert for a shift from the baseline and publishes it once', async () => {
    const t = await testPipeline();
    close = t.close;

    const outcome = await processStory(aStory({ id: 's1', text: SHIFT }), t.deps, at('2025-11-27T08:00:00Z'));

    expect(outcome.alerts.map((a) => [a.actor, a.issue, a.from, a.to])).toEqual([['ukraine', 'renounce-nato', 'oppose', 'conditional']]);
    expect(t.publisher.published.map((a) => a.id)).toEqual([outcome.alerts[0].id]);
    expect((await t.deps.outbox.get(outcome.alerts[0].id))?.status).toBe('published');
    expect((await t.deps.positions.get('ukraine', 'renounce-nato'))?.stance).toBe('conditional');
  });

  it('adds nothing the second time the same story arrives', async () => {
    const t = await testPipeline();
    close = t.close;
    await processStory(aStory({ id: 's1', text: SHIFT }), t.deps, at('2025-11-27T08:00:00Z'));

    const again = await processStory(aStory({ id: 's1', text: SHIFT }), t.deps, at('2025-11-27T09:00:00Z'));

    expect(again).toMatchObject({ isNew: false, alerts: [], claims: [] });
    expect(t.publisher.published).toHaveLength(1);
  });

  it('builds positions but raises no alert for stories older than the horizon', async () => {
    const t = await testPipeline();
    close = t.close;

    const outcome = await processStory(aStory({ id: 'old', text: SHIFT, published: '2025-11-01T00:00:00Z' }), t.deps, {
      now: new Date('2025-11-27T08:00:00Z'),
      alertHorizon: new Date('2025-11-25T08:00:00Z'),
    });

    expect(outcome.alerts).toEqual([]);
    expect(outcome.suppressedShifts).toBe(1);
    expect(await t.deps.outbox.list()).toEqual([]);
    expect((await t.deps.positions.get('ukraine', 'renounce-nato'))?.stance).toBe('conditional');
  });

  it('keeps where in the story a claim was read, so a move read far down the story waits for a second story', async () => {
    const t = await testPipeline();
    close = t.close;
    const deep = '[ukraine renounce-nato conditional 0.9 yes sentence=6] Kyiv is ready to drop its NATO bid in exchange for guarantees.';

    const outcome = await processStory(aStory({ id: 'deep', text: deep }), t.deps, at('2025-11-27T08:00:00Z'));

    expect(outcome.alerts).toEqual([]);
    const position = await t.deps.positions.get('ukraine', 'renounce-nato');
    expect(position?.stance).toBe('oppose');
    expect(position?.pending.map((e) => [e.storyId, e.sentence])).toEqual([['deep', 6]]);
    const lead = await processStory(aStory({ id: 'lead', url: 'https://example.org/lead', text: SHIFT }), t.deps, at('2025-11-27T09:00:00Z'));
    expect(lead.alerts.map((a) => [a.from, a.to])).toEqual([['oppose', 'conditional']]);
  });

  it('never alerts on a restatement of the current stance', async () => {
    const t = await testPipeline();
    close = t.close;
    await processStory(aStory({ id: 'r1', text: RESTATED }), t.deps, at('2025-11-25T08:00:00Z'));
    const outcome = await processStory(aStory({ id: 'r2', url: 'https://example.org/2', text: RESTATED }), t.deps, at('2025-11-26T08:00:00Z'));
    expect(outcome.alerts).toEqual([]);
    expect(t.publisher.published).toEqual([]);
  });

  describe('delivery under injected faults', () => {
    it('keeps the alert in the outbox when SNS fails, and the sweep publishes it exactly once', async () => {
      const t = await testPipeline();
      close = t.close;
      t.publisher.failNext = 1;

      const outcome = await processStory(aStory({ id: 's1', text: SHIFT }), t.deps, at('2025-11-27T08:00:00Z'));

      expect(outcome.publishFailures).toBe(1);
      expect(t.publisher.published).toEqual([]);
      const [pending] = await t.deps.outbox.pending();
      expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SNS unavailable (injected fault)' });

      expect(await deliverPending({ outbox: t.deps.outbox, publisher: t.publisher })).toEqual({ published: 1, failed: 0 });
      expect(await deliverPending({ outbox: t.deps.outbox, publisher: t.publisher })).toEqual({ published: 0, failed: 0 });
      expect(t.publisher.published).toHaveLength(1);
    });

    it('sends nothing twice when the dispatcher gets the same alert again', async () => {
      const t = await testPipeline();
      close = t.close;
      const { alerts } = await processStory(aStory({ id: 's1', text: SHIFT }), t.deps, at('2025-11-27T08:00:00Z'));

      expect(await deliverAlert(alerts[0].id, { outbox: t.deps.outbox, publisher: t.publisher })).toBe('already-published');
      expect(await deliverAlert('no-such-alert', { outbox: t.deps.outbox, publisher: t.publisher })).toBe('missing');
      expect(t.publisher.published).toHaveLength(1);
    });

    it('a crash between recording the alert and saving the position loses nothing and doubles nothing on retry', async () => {
      const t = await testPipeline();
      close = t.close;
      const realPositions = t.deps.positions;
      let crashes = 1;
      const crashingPositions: PositionStore = {
        get: (actor, issue) => realPositions.get(actor, issue),
        list: () => realPositions.list(),
        save: async (position: Position) => {
          if (crashes-- > 0) throw new Error('process killed (injected fault)');
          return realPositions.save(position);
        },
      };
      const story = aStory({ id: 's1', text: SHIFT });

      await expect(processStory(story, { ...t.deps, positions: crashingPositions }, at('2025-11-27T08:00:00Z'))).rejects.toThrow('injected');
      expect(await t.deps.outbox.pending()).toHaveLength(1);

      // The retry (Lambda retry, SQS redelivery or the next run) sees a stored but unprocessed story.
      const retry = await processStory(story, { ...t.deps, positions: crashingPositions }, at('2025-11-27T08:05:00Z'));

      expect(retry.isNew).toBe(true);
      expect(t.publisher.published).toHaveLength(1);
      expect(await t.deps.outbox.list()).toHaveLength(1);
      expect((await realPositions.get('ukraine', 'renounce-nato'))?.stance).toBe('conditional');
    });

    it('two dispatchers racing on one alert publish it once', async () => {
      const t = await testPipeline({ publisher: undefined });
      close = t.close;
      const { alerts } = await processStory(aStory({ id: 's1', text: SHIFT }), t.deps, at('2025-11-27T08:00:00Z'));

      const results = await Promise.all([
        deliverAlert(alerts[0].id, { outbox: t.deps.outbox, publisher: t.publisher }),
        deliverAlert(alerts[0].id, { outbox: t.deps.outbox, publisher: t.publisher }),
      ]);

      expect(results.filter((r) => r === 'published')).toHaveLength(1);
      expect(t.publisher.published).toHaveLength(1);
    });
  });
});

import type { AlertOutbox } from '../ports/alert-outbox.js';
import type { AlertPublisher } from '../ports/alert-publisher.js';

export interface DeliveryDeps {
  outbox: AlertOutbox;
  publisher: AlertPublisher;
  /** Clock for the published-at stamp. @default () => new Date() */
  now?: () => Date;
}

export type DeliveryResult = 'published' | 'already-published' | 'missing' | 'failed';

/**
 * Publishes one recorded alert unless it has been published already.
 *
 * At-least-once with a narrow window: the outbox entry is checked before publishing and
 * marked after. Two dispatchers racing on the same entry could both publish; SNS is then
 * the only place a double could come from, and the deterministic alert id travels in the
 * message so subscribers' tooling can drop it. A failed publish leaves the entry pending
 * for the next sweep.
 *
 * @example await deliverAlert(alert.id, { outbox, publisher })
 */
export async function deliverAlert(id: string, deps: DeliveryDeps): Promise<DeliveryResult> {
  const entry = await deps.outbox.get(id);
  if (!entry) return 'missing';
  if (entry.status === 'published') return 'already-published';
  let messageId: string;
  try {
    messageId = await deps.publisher.publish(entry.alert);
  } catch (error) {
    await deps.outbox.markFailed(id, error instanceof Error ? error.message : String(error));
    return 'failed';
  }
  const marked = await deps.outbox.markPublished(id, messageId, (deps.now?.() ?? new Date()).toISOString());
  return marked ? 'published' : 'already-published';
}

/** Publishes every pending alert, oldest first (the dispatcher's periodic sweep). */
export async function deliverPending(deps: DeliveryDeps): Promise<{ published: number; failed: number }> {
  let published = 0;
  let failed = 0;
  for (const entry of await deps.outbox.pending()) {
    const result = await deliverAlert(entry.alert.id, deps);
    if (result === 'published') published++;
    if (result === 'failed') failed++;
  }
  return { published, failed };
}

import type { AlertOutbox } from '../ports/alert-outbox.js';
import type { AlertPublisher } from '../ports/alert-publisher.js';

export interface DeliveryDeps {
  outbox: AlertOutbox;
  publisher: AlertPublisher;
  /** Clock for the published-at stamp. @default () => new Date() */
  now?: () => Date;
}

export type DeliveryResult = 'published' | 'already-published' | 'in-progress' | 'missing' | 'failed';

/** How long a dispatcher may hold an alert while publishing it; an SNS publish takes well under a second. */
export const PUBLISH_LEASE_SECONDS = 60;

/**
 * Publishes one recorded alert unless it has been published already.
 *
 * The dispatcher leases the entry before publishing and marks it published after, so a
 * redelivered stream record, a retried invocation or a concurrent sweep finds it leased or
 * published and sends nothing. One window remains: a process that dies after SNS accepted
 * the message but before the mark is written publishes again once the lease expires (SNS
 * has no idempotent publish for email/SMS topics); the alert id travels in the message
 * attributes so tooling can drop that rare copy. A failed publish releases the lease and
 * leaves the entry pending for the next sweep.
 *
 * @example await deliverAlert(alert.id, { outbox, publisher })
 */
export async function deliverAlert(id: string, deps: DeliveryDeps): Promise<DeliveryResult> {
  const entry = await deps.outbox.get(id);
  if (!entry) return 'missing';
  if (entry.status === 'published') return 'already-published';
  const now = deps.now?.() ?? new Date();
  if (!(await deps.outbox.claim(id, now, PUBLISH_LEASE_SECONDS))) {
    return (await deps.outbox.get(id))?.status === 'published' ? 'already-published' : 'in-progress';
  }
  let messageId: string;
  try {
    messageId = await deps.publisher.publish(entry.alert);
  } catch (error) {
    await deps.outbox.markFailed(id, error instanceof Error ? error.message : String(error));
    return 'failed';
  }
  const marked = await deps.outbox.markPublished(id, messageId, now.toISOString());
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

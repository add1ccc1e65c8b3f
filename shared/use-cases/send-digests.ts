import { buildDigest } from '../domain/alerts/digest.js';
import type { SubscriberFilter } from '../domain/alerts/subscriber-filter.js';
import type { AlertHistory, DigestLedger } from '../ports/alert-history.js';
import type { DigestPublisher } from '../ports/digest-publisher.js';

/** A digest subscriber as the digest function knows it: its id and filter, never its address. */
export interface DigestSubscriber {
  /** `subscriberId(protocol, endpoint)`: the value its subscription's filter policy allows. */
  readonly id: string;
  /** Undefined: every alert. */
  readonly filter?: SubscriberFilter;
}

export interface DigestDeps {
  history: AlertHistory;
  ledger: DigestLedger;
  publisher: DigestPublisher;
  now: () => Date;
  /** How far back a digest looks. @default 24 */
  windowHours?: number;
  /** Replaces the closing help of the digest email. */
  subscriptionHelp?: string;
}

/**
 * - `sent`: published now;
 * - `empty`: nothing matched its filter, nothing sent;
 * - `already-sent`: an earlier run today claimed it;
 * - `failed`: publishing failed; the marker is released so a retry sends it.
 */
export type DigestResult = 'sent' | 'empty' | 'already-sent' | 'failed';

export interface DigestRun {
  /** The UTC day the run's markers are recorded under. */
  day: string;
  results: Record<string, DigestResult>;
  sent: number;
  failed: number;
  /** Why each failed subscriber's publish failed (one line each). */
  errors: Record<string, string>;
}

/**
 * Sends each digest subscriber the digest of the alerts of the last `windowHours` that its
 * filter matches. Idempotent per (subscriber, UTC day): a marker is claimed before publishing,
 * so a retried run sends nothing twice; a failed publish releases it for the retry. A crash
 * between claim and publish loses that day's digest (at most once, never twice).
 *
 * @example const run = await sendDigests([{ id: 'sub-1f0c9e2a4b7d', filter: { actors: ['russia'] } }], { history, ledger, publisher, now: () => new Date() });
 */
export async function sendDigests(subscribers: readonly DigestSubscriber[], deps: DigestDeps): Promise<DigestRun> {
  const until = deps.now();
  const since = new Date(until.getTime() - (deps.windowHours ?? 24) * 3_600_000);
  const day = until.toISOString().slice(0, 10);
  const alerts = subscribers.length > 0 ? await deps.history.listSince(since, until) : [];
  const run: DigestRun = { day, results: {}, sent: 0, failed: 0, errors: {} };
  for (const subscriber of subscribers) {
    const digest = buildDigest(alerts, {
      since,
      until,
      ...(subscriber.filter ? { filter: subscriber.filter } : {}),
      ...(deps.subscriptionHelp ? { subscriptionHelp: deps.subscriptionHelp } : {}),
    });
    let result: DigestResult;
    if (!digest) {
      result = 'empty';
    } else if (!(await deps.ledger.claim(subscriber.id, day, until))) {
      result = 'already-sent';
    } else {
      try {
        await deps.publisher.publish(subscriber.id, digest);
        result = 'sent';
      } catch (error) {
        run.errors[subscriber.id] = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        await deps.ledger.release(subscriber.id, day);
        result = 'failed';
      }
    }
    run.results[subscriber.id] = result;
    if (result === 'sent') run.sent++;
    if (result === 'failed') run.failed++;
  }
  return run;
}

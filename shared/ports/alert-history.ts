import type { Alert } from '../domain/types.js';

/**
 * Recorded alerts by time, for the daily digest: what was decided in a window, whatever its
 * delivery state.
 *
 * @example const lastDay = await history.listSince(new Date(now.getTime() - 86_400_000), now);
 */
export interface AlertHistory {
  /** Alerts whose decision time `at` lies in `[from, to)`, oldest first. */
  listSince(from: Date, to: Date): Promise<Alert[]>;
}

/**
 * Remembers which digests went out, so a retried run sends nothing twice: one marker per
 * (subscriber, day), written before publishing.
 *
 * @example if (await ledger.claim('sub-1f0c9e2a4b7d', '2026-11-25', now)) await publish();
 */
export interface DigestLedger {
  /** Records the marker; false when this subscriber's digest for this day was already claimed. */
  claim(subscriberId: string, day: string, at: Date): Promise<boolean>;
  /** Removes the marker after a failed publish, so the next run may try again. */
  release(subscriberId: string, day: string): Promise<void>;
}

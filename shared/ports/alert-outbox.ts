import type { Alert } from '../domain/types.js';

export type OutboxStatus = 'pending' | 'published';

export interface OutboxEntry {
  alert: Alert;
  status: OutboxStatus;
  attempts: number;
  messageId?: string;
  publishedAt?: string;
  lastError?: string;
}

/**
 * The alert outbox: an alert is recorded before it is published, so a crash or an
 * SNS failure never loses it and a retry never sends it twice.
 */
export interface AlertOutbox {
  /** Records the alert as pending; false when an alert with this id was already recorded. */
  record(alert: Alert): Promise<boolean>;
  get(id: string): Promise<OutboxEntry | undefined>;
  /**
   * Takes a short lease on a pending alert before publishing it, so two dispatchers (a stream
   * redelivery and the sweep, say) never publish it at the same time. False when the alert is
   * published already or another dispatcher holds an unexpired lease.
   */
  claim(id: string, now: Date, leaseSeconds: number): Promise<boolean>;
  /** Marks a pending alert published; false when it was already published (someone else sent it). */
  markPublished(id: string, messageId: string, at: string): Promise<boolean>;
  markFailed(id: string, error: string): Promise<void>;
  /** Alerts recorded but not yet published. */
  pending(): Promise<OutboxEntry[]>;
  /** Every alert, oldest first. */
  list(): Promise<OutboxEntry[]>;
}

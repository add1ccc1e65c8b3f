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
  /** Marks a pending alert published; false when it was already published (someone else sent it). */
  markPublished(id: string, messageId: string, at: string): Promise<boolean>;
  markFailed(id: string, error: string): Promise<void>;
  /** Alerts recorded but not yet published. */
  pending(): Promise<OutboxEntry[]>;
  /** Every alert, oldest first. */
  list(): Promise<OutboxEntry[]>;
}

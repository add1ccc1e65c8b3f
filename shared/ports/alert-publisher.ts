import type { Alert } from '../domain/types.js';

/** Delivers an alert to subscribers (SNS in AWS; console and a JSON Lines file locally). */
export interface AlertPublisher {
  /** Returns the channel's message id. Throws when delivery failed. */
  publish(alert: Alert): Promise<string>;
}

import type { Digest } from '../domain/alerts/digest.js';

/** Delivers one subscriber's digest (SNS in AWS). */
export interface DigestPublisher {
  /**
   * Returns the channel's message id; throws when delivery failed.
   *
   * @example await publisher.publish('sub-1f0c9e2a4b7d', digest)
   */
  publish(subscriberId: string, digest: Digest): Promise<string>;
}

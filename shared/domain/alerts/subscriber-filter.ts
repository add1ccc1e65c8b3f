/**
 * What a subscriber wants to hear about, in the words of the alert message attributes.
 * Shared by the CDK context (which turns a filter into an SNS filter policy) and the daily
 * digest (which applies the same filter to recorded alerts), so both agree on what matches.
 */

export type Direction = 'softening' | 'hardening';
export type Severity = 'high' | 'medium' | 'low';

export const DIRECTIONS: readonly Direction[] = ['softening', 'hardening'];
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** What a subscriber wants to hear about; an absent list means "any". */
export interface SubscriberFilter {
  readonly actors?: readonly string[];
  readonly issues?: readonly string[];
  readonly directions?: readonly Direction[];
  readonly severities?: readonly Severity[];
}

/** Message attribute names the SNS publisher sets and filter policies match on. */
export const FILTER_ATTRIBUTES = {
  actors: 'actor',
  issues: 'issue',
  directions: 'direction',
  severities: 'severity',
} as const satisfies Record<keyof SubscriberFilter, string>;

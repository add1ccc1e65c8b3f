/**
 * The daily digest: one message a day listing the alerts a subscriber's filter matches,
 * instead of one message per alert. Pure: the caller passes the alerts and the window.
 */
import { createHash } from 'node:crypto';
import type { Alert } from '../types.js';
import { alertAttributes, nameOrId, oneLine, SMS_MAX_SEPTETS, SUBJECT_MAX, utcMinute } from './alert-message.js';
import { gsm7Length, toAscii, toGsm7 } from './gsm7.js';
import { FILTER_ATTRIBUTES, type SubscriberFilter } from './subscriber-filter.js';

export interface Digest {
  /** ASCII, one line, under 100 characters. */
  subject: string;
  /** Plain-text email body: one block per alert, a count line, how to change the subscription. */
  email: string;
  /** One GSM-7 segment (at most 160 septets). */
  sms: string;
  /** Short text for any other protocol. */
  default: string;
  /** Alerts listed. */
  count: number;
  /** Ids of the alerts listed, oldest first. */
  alertIds: string[];
}

export interface DigestOptions {
  /** Start of the window (inclusive), ISO 8601 or Date. */
  since: string | Date;
  /** End of the window (exclusive). */
  until: string | Date;
  /** The subscriber's filter; undefined: every alert. */
  filter?: SubscriberFilter;
  /** Replaces the closing help on changing one's subscription. */
  subscriptionHelp?: string;
}

/** Closing help of a digest email when the caller gives none. */
export const DEFAULT_DIGEST_HELP =
  'You receive this digest once a day because your entry in the "subscriptions" CDK context has "digest": "daily". ' +
  'To filter it (by "actors", "issues", "directions" or "severities"), or to get each alert as it happens instead ' +
  '(remove "digest"), ask the operator to change that entry and redeploy; to stop it, use the unsubscribe link at ' +
  'the end of this email (or reply STOP to an SMS).';

/**
 * True when an SNS subscription with this filter would receive the alert: every attribute the
 * filter names must hold one of the listed values (an absent or empty list matches anything),
 * on the same attributes the publisher sets (see `alertAttributes`).
 *
 * @example matchesFilter(alert, { actors: ['russia'], directions: ['hardening'] })
 */
export function matchesFilter(alert: Alert, filter: SubscriberFilter | undefined): boolean {
  if (!filter) return true;
  const attributes: Record<string, string> = alertAttributes(alert);
  for (const [key, attribute] of Object.entries(FILTER_ATTRIBUTES) as [keyof SubscriberFilter, string][]) {
    const allowed = filter[key];
    if (allowed && allowed.length > 0 && !(allowed as readonly string[]).includes(attributes[attribute])) return false;
  }
  return true;
}

/**
 * A stable, short id for a subscriber (the digest message attribute `subscriber` and its filter
 * policy): a hash of protocol and endpoint, so no address travels in message attributes.
 *
 * @example subscriberId('email', 'a@x.org') // 'sub-1f0c9e2a4b7d'
 */
export function subscriberId(protocol: string, endpoint: string): string {
  return `sub-${createHash('sha256').update(`${protocol}:${endpoint.trim().toLowerCase()}`).digest('hex').slice(0, 12)}`;
}

function iso(t: string | Date): string {
  return (typeof t === 'string' ? new Date(t) : t).toISOString();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeFilter(filter: SubscriberFilter | undefined): string {
  const parts = (Object.entries(FILTER_ATTRIBUTES) as [keyof SubscriberFilter, string][])
    .filter(([key]) => (filter?.[key]?.length ?? 0) > 0)
    .map(([key]) => `${key}=${filter![key]!.join(',')}`);
  return parts.length > 0 ? parts.join(' ') : 'every alert';
}

function block(alert: Alert, index: number): string[] {
  const attrs = alertAttributes(alert);
  const actor = nameOrId(alert.actorName, alert.actor, 80);
  const issue = alert.issueName?.trim() ? `"${oneLine(alert.issueName)}" (${alert.issue})` : alert.issue;
  const lines = [
    `${index + 1}. ${actor} moved from ${alert.from} to ${alert.to} on ${issue}`,
    `   ${attrs.direction}, severity ${attrs.severity}, decided ${utcMinute(alert.at)}`,
  ];
  const decider = alert.evidence[0];
  if (decider) {
    lines.push(`   "${oneLine(decider.quote)}"`);
    lines.push(`   ${decider.source}, ${utcMinute(decider.published)}: ${oneLine(decider.title)}`);
    lines.push(`   ${decider.url}`);
  }
  const more = alert.evidence.length - 1;
  if (more > 0) lines.push(`   (+${plural(more, 'more source')})`);
  return lines;
}

/** "Ukraine renounce-nato oppose->conditional", folded into GSM-7. */
function smsItem(alert: Alert): string {
  return toGsm7(`${nameOrId(alert.actorName, alert.actor, 16)} ${alert.issue} ${alert.from}->${alert.to}`);
}

/** As many alerts as fit one segment, then "+N more". */
function smsOf(alerts: Alert[]): string {
  const head = `shiftwatch digest: ${plural(alerts.length, 'shift')}`;
  const items = alerts.map(smsItem);
  for (let shown = items.length; shown >= 0; shown--) {
    const rest = items.length - shown;
    const listed = [...items.slice(0, shown), ...(rest > 0 ? [`+${rest} more`] : [])];
    const sms = listed.length > 0 ? `${head} (${listed.join(', ')})` : head;
    if (gsm7Length(sms) <= SMS_MAX_SEPTETS) return sms;
  }
  return head;
}

function subjectOf(alerts: Alert[], day: string): string {
  const base = `shiftwatch digest ${day}: ${plural(alerts.length, 'shift')}`;
  const actors = [...new Set(alerts.map((a) => nameOrId(a.actorName, a.actor, 30)))];
  for (let shown = actors.length; shown > 0; shown--) {
    const rest = actors.length - shown;
    const subject = toAscii(`${base} (${actors.slice(0, shown).join(', ')}${rest > 0 ? `, +${rest} more` : ''})`);
    if (subject.length <= SUBJECT_MAX) return subject;
  }
  return toAscii(base).slice(0, SUBJECT_MAX);
}

/**
 * The digest of the alerts decided in `[since, until)` that `filter` matches, oldest first;
 * undefined when none match (an empty digest is never sent).
 *
 * @example
 * const digest = buildDigest(alerts, { since: '2026-11-24T07:00:00Z', until: '2026-11-25T07:00:00Z', filter: { actors: ['russia'] } });
 * if (digest) console.log(digest.subject, digest.count);
 */
export function buildDigest(alerts: readonly Alert[], options: DigestOptions): Digest | undefined {
  const since = iso(options.since);
  const until = iso(options.until);
  const inWindow = (a: Alert) => {
    const t = Date.parse(a.at);
    return !Number.isNaN(t) && t >= Date.parse(since) && t < Date.parse(until);
  };
  const seen = new Set<string>();
  const chosen = alerts
    .filter((a) => inWindow(a) && matchesFilter(a, options.filter))
    .filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  if (chosen.length === 0) return undefined;

  const count = `${plural(chosen.length, 'position shift')} between ${utcMinute(since)} and ${utcMinute(until)}.`;
  const email = [
    `shiftwatch digest: ${count}`,
    '',
    ...chosen.flatMap((a, i) => [...block(a, i), '']),
    `${plural(chosen.length, 'shift')} in this digest.`,
    '',
    'Your subscription',
    `  ${options.subscriptionHelp ?? DEFAULT_DIGEST_HELP}`,
    `  Your filter: ${describeFilter(options.filter)}.`,
    '',
  ].join('\n');
  const defaultText = [
    `shiftwatch digest: ${count}`,
    ...chosen.map((a) => `${nameOrId(a.actorName, a.actor, 60)} ${a.issue}: ${a.from} -> ${a.to} (${utcMinute(a.at)}) ${a.evidence[0]?.url ?? ''}`.trimEnd()),
  ].join('\n');
  return {
    subject: subjectOf(chosen, until.slice(0, 10)),
    email,
    sms: smsOf(chosen),
    default: defaultText,
    count: chosen.length,
    alertIds: chosen.map((a) => a.id),
  };
}

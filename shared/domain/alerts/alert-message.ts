/**
 * The text of a shift alert for each delivery protocol (SNS `MessageStructure=json`):
 * an email subject and body, one-segment SMS, a short default, and the message attributes
 * that subscribers' filter policies match on.
 *
 * Attribute values:
 * - `actor`, `issue`: watchlist ids; `from`, `to`: `support` | `oppose` | `conditional`.
 * - `direction`: on the scale oppose < conditional < support of the issue's proposition,
 *   `softening` is a move up (toward accepting it: oppose -> conditional, oppose -> support,
 *   conditional -> support), `hardening` a move down (see `shiftDirection`).
 * - `severity`: `high` | `medium` | `low` (see `shiftSeverity`): high = a jump across the
 *   whole scale, or a one-step move decided by a confident attributed direct quotation;
 *   low = a one-step move that needed corroboration of weak evidence; medium = the rest.
 */
import type { Alert, AlertEvidence } from '../types.js';
import { shiftDirection, STANCE_RANK } from '../positions/shift-rules.js';
import { gsm7Length, isGsm7, toAscii, toGsm7 } from './gsm7.js';

export { gsm7Length, isGsm7, toAscii, toGsm7 };

export interface AlertMessage {
  /** ASCII, under 100 characters, one line (SNS rejects anything else). */
  subject: string;
  /** Plain-text email body. */
  email: string;
  /** One GSM-7 segment: at most 160 septets, the link last. */
  sms: string;
  /** Short text for any other protocol. */
  default: string;
  /** SNS message attributes (all String): actor, issue, from, to, direction, severity. */
  attributes: Record<string, string>;
}

export const SUBJECT_MAX = 99;
export const SMS_MAX_SEPTETS = 160;

/** Default help on changing one's subscription, used when the caller gives none. */
export const DEFAULT_SUBSCRIPTION_HELP =
  'You receive this alert because your subscription filter matches its actor, issue, direction and severity. ' +
  'To receive more or fewer alerts, ask the operator to change your entry in the "subscriptions" CDK context ' +
  '(filter by "actors", "issues", "directions" or "severities") and redeploy; to stop all alerts, use the ' +
  'unsubscribe link at the end of this email (or reply STOP to an SMS).';

/** Names are used when short enough to read at a glance; ids otherwise. */
/** The display name when it fits in `max` characters, else the id. */
export function nameOrId(name: string | undefined, id: string, max: number): string {
  const n = name?.trim();
  return n && n.length <= max ? n : id;
}

/** "2023-07-10 21:30 UTC", independent of locale and time zone. */
export function utcMinute(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Whitespace, newlines included, folded to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to `max` characters at a word boundary, ending in "...". */
function cut(text: string, max: number, measure: (s: string) => number = (s) => s.length): string {
  if (measure(text) <= max) return text;
  const ellipsis = '...';
  let out = text;
  while (out.length > 0 && measure(out) + ellipsis.length > max) out = out.slice(0, -1);
  const space = out.lastIndexOf(' ');
  if (space > out.length * 0.6) out = out.slice(0, space);
  return out.replace(/[\s,;:.-]+$/, '') + ellipsis;
}

/** Puts non-ASCII characters of a link into percent-encoding so it survives GSM-7 folding. */
function asciiLink(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

function severityOf(alert: Alert): string {
  if (alert.severity) return alert.severity;
  return Math.abs(STANCE_RANK[alert.to] - STANCE_RANK[alert.from]) >= 2 ? 'high' : 'medium';
}

function subjectOf(alert: Alert): string {
  const actor = nameOrId(alert.actorName, alert.actor, 40);
  const tail = `: ${alert.from} -> ${alert.to}`;
  const withName = toAscii(`${actor} on ${nameOrId(alert.issueName, alert.issue, 200)}${tail}`);
  if (withName.length <= SUBJECT_MAX) return withName;
  const withId = toAscii(`${actor} on ${alert.issue}${tail}`);
  if (withId.length <= SUBJECT_MAX) return withId;
  return cut(toAscii(`${alert.actor} on ${alert.issue}`), SUBJECT_MAX - tail.length) + tail;
}

/** One SMS segment: "Turkey sweden-joins-nato: conditional->support. "quote" URL". */
function smsOf(alert: Alert): string {
  const actor = nameOrId(alert.actorName, alert.actor, 24);
  const head = toGsm7(`${actor} ${alert.issue}: ${alert.from}->${alert.to}.`);
  const decider = alert.evidence[0];
  let link = decider ? toGsm7(asciiLink(decider.url)) : '';
  // A link that leaves no room for the news is worth less than the news.
  if (gsm7Length(head) + 1 + gsm7Length(link) > SMS_MAX_SEPTETS - 20) link = '';
  const room = SMS_MAX_SEPTETS - gsm7Length(head) - (link ? 1 + gsm7Length(link) : 0) - 1;
  const quoteText = decider ? oneLine(toGsm7(decider.quote)).replace(/"/g, "'") : '';
  let middle = '';
  if (quoteText.replace(/[^\p{L}\p{N}]/gu, '').length >= 3 && room >= 15) {
    middle = `"${cut(quoteText, room - 2, gsm7Length)}"`;
  }
  const sms = [head, middle, link].filter((s) => s.length > 0).join(' ');
  // Defensive: an over-long head (huge ids) still yields one segment.
  return gsm7Length(sms) <= SMS_MAX_SEPTETS ? sms : cut(sms, SMS_MAX_SEPTETS, gsm7Length);
}

function defaultOf(alert: Alert): string {
  const actor = nameOrId(alert.actorName, alert.actor, 60);
  const issue = nameOrId(alert.issueName, alert.issue, 80);
  const d = alert.evidence[0];
  const source = d ? ` "${cut(oneLine(d.quote), 200)}" (${d.source}, ${utcMinute(d.published)}) ${d.url}` : '';
  return `${actor} moved from ${alert.from} to ${alert.to} on ${issue} [${alert.issue}].${source}`;
}

function evidenceLines(items: AlertEvidence[], indent: string): string[] {
  const lines: string[] = [];
  items.forEach((e, i) => {
    const how =
      e.attributed === undefined ? '' : e.attributed ? ' (the actor\'s own words or act)' : ' (reported by others)';
    lines.push(`${indent}${i + 1}. "${oneLine(e.quote)}"`);
    lines.push(`${indent}   ${e.source}, ${utcMinute(e.published)}${how}: ${oneLine(e.title)}`);
    lines.push(`${indent}   ${e.url}`);
  });
  return lines;
}

function whyOf(alert: Alert, actor: string): string[] {
  const items = alert.evidence;
  const sources = [...new Set(items.map((e) => e.source))];
  const attributed = items.filter((e) => e.attributed === true).length;
  const reported = items.filter((e) => e.attributed === false).length;
  const decider = items[0];
  const lines: string[] = [];
  const confidence = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(2));
  switch (alert.basis) {
    case 'confident':
      lines.push(
        `The deciding statement is attributed to ${actor} (its own words, direct or indirect, or its own formal act), ` +
          `read with confidence ${confidence(decider?.confidence)}: one such statement is enough to record a shift.`,
      );
      break;
    case 'corroborated':
      lines.push(
        `No single statement was conclusive, so the shift rests on ${items.length} independent stories ` +
          `(near-duplicate copies counted once) within the corroboration window: ` +
          `${attributed} attributed to ${actor}, ${reported} reported by others.`,
      );
      break;
    case 'reversal':
      lines.push(
        `This turns ${actor}'s stance from one end of the scale to the other, so one story was not enough: ` +
          `it rests on ${items.length} independent stories (near-duplicate copies counted once), ` +
          `the deciding one ${actor}'s own confident word (confidence ${confidence(decider?.confidence)}); ` +
          `${attributed} attributed, ${reported} reported by others.`,
      );
      break;
    case 'flip-back':
      lines.push(
        `This moves back to a stance ${actor} held until a recent shift. Quick reversals are often noisy reporting, ` +
          `so it needed confident statements in ${actor}'s own words, not reports or hedged readings; it has ${attributed}.`,
      );
      break;
    default:
      lines.push(`The shift rests on ${items.length} stor${items.length === 1 ? 'y' : 'ies'} for the new stance.`);
  }
  lines.push(
    `Overall confidence ${alert.confidence.toFixed(2)}; ${sources.length} outlet${sources.length === 1 ? '' : 's'}: ${sources.join(', ')}. ` +
      'Positions only reported by third parties never move a stance on their own, and restatements never alert.',
  );
  return lines;
}

/**
 * Formats an alert for every SNS protocol, plus its message attributes.
 *
 * @example
 * const msg = formatAlertMessage(alert);
 * await sns.publish({ TopicArn, Subject: msg.subject, Message: snsMessageJson(msg), MessageStructure: 'json',
 *   MessageAttributes: Object.fromEntries(Object.entries(msg.attributes).map(([k, v]) => [k, { DataType: 'String', StringValue: v }])) });
 */
export function formatAlertMessage(alert: Alert, options?: { subscriptionHelp?: string }): AlertMessage {
  const direction = alert.direction ?? shiftDirection(alert.from, alert.to);
  const severity = severityOf(alert);
  const actor = nameOrId(alert.actorName, alert.actor, 80);
  const issueName = alert.issueName?.trim();
  const issue = issueName ? `"${issueName}" (${alert.issue})` : alert.issue;

  const email = [
    `${actor} has shifted its position on ${issue}.`,
    '',
    `  Was: ${alert.from}`,
    `  Now: ${alert.to}`,
    `  Direction: ${direction} (${direction === 'softening' ? 'toward accepting' : 'toward rejecting'} the proposition)`,
    `  Severity: ${severity}`,
    `  Decided: ${utcMinute(alert.at)}`,
    '',
    'What was said',
    ...evidenceLines(alert.evidence, '  '),
    '',
    `Earlier evidence for "${alert.from}"`,
    ...(alert.previous && alert.previous.length > 0
      ? evidenceLines(alert.previous, '  ')
      : [`  None recorded: "${alert.from}" was the starting position given in the watchlist.`]),
    '',
    'Why we believe it',
    ...whyOf(alert, actor).map((l) => `  ${l}`),
    '',
    'Your subscription',
    `  ${options?.subscriptionHelp ?? DEFAULT_SUBSCRIPTION_HELP}`,
    `  This alert's attributes: actor=${alert.actor} issue=${alert.issue} from=${alert.from} to=${alert.to} direction=${direction} severity=${severity}.`,
    '',
    `Alert id: ${alert.id}`,
    '',
  ].join('\n');

  return {
    subject: subjectOf(alert),
    email,
    sms: smsOf(alert),
    default: defaultOf(alert),
    attributes: alertAttributes(alert),
  };
}

/**
 * The SNS message attributes of an alert (what subscription filter policies match on):
 * actor, issue, from, to, direction, severity.
 *
 * @example alertAttributes(alert) // { actor: 'ukraine', issue: 'renounce-nato', from: 'oppose', to: 'conditional', direction: 'softening', severity: 'high' }
 */
export function alertAttributes(alert: Alert): Record<'actor' | 'issue' | 'from' | 'to' | 'direction' | 'severity', string> {
  return {
    actor: alert.actor,
    issue: alert.issue,
    from: alert.from,
    to: alert.to,
    direction: alert.direction ?? shiftDirection(alert.from, alert.to),
    severity: severityOf(alert),
  };
}

/**
 * The `Message` for SNS `Publish` with `MessageStructure: 'json'`: a JSON string with the
 * keys `default` (required by SNS), `email` and `sms`.
 *
 * @example snsMessageJson(formatAlertMessage(alert)) // '{"default":"...","email":"...","sms":"..."}'
 */
export function snsMessageJson(msg: Pick<AlertMessage, 'default' | 'email' | 'sms'>): string {
  return JSON.stringify({ default: msg.default, email: msg.email, sms: msg.sms });
}

/**
 * Pure validators for the CDK context options (`-c key=value`). Each mistake becomes a
 * ConfigError with one sentence naming the option and the bad value; `infra/app.ts` prints
 * it and exits non-zero, so a typo never reaches CloudFormation (or a subscriber's phone).
 */
import { ConfigError } from '../shared/domain/errors.js';
import type { Watchlist } from '../shared/domain/watchlist.js';
import {
  DIRECTIONS,
  FILTER_ATTRIBUTES,
  SEVERITIES,
  type Direction,
  type Severity,
  type SubscriberFilter,
} from '../shared/domain/alerts/subscriber-filter.js';

export type Protocol = 'email' | 'sms';
export { DIRECTIONS, FILTER_ATTRIBUTES, SEVERITIES };
export type { Direction, Severity, SubscriberFilter };

/** How a subscriber is told: each alert as it happens, or one daily digest. */
export type Delivery = 'daily';
export const DIGEST_VALUES: readonly Delivery[] = ['daily'];

/** One SNS subscription: on the alert topic, or on the digest topic when `digest` is set. */
export interface Subscriber {
  readonly protocol: Protocol;
  /** An email address, or a phone number in E.164. */
  readonly endpoint: string;
  /** Undefined: every alert. */
  readonly filter?: SubscriberFilter;
  /** 'daily': one digest a day of the alerts its filter matches, and no instant alerts. @default instant alerts */
  readonly digest?: Delivery;
}

/** Hour (UTC) the daily digest is sent when `-c digestHour` is not given. */
export const DEFAULT_DIGEST_HOUR_UTC = 7;

/** The validated context the stack is built from. */
export interface ShiftwatchContext {
  readonly subscribers: readonly Subscriber[];
  /** Addresses that receive operational alarms (not subscriber alerts). */
  readonly opsEmails: readonly string[];
  /** Config file the functions are built with, relative to the project root. */
  readonly configPath: string;
  /** Hour of the day (UTC, 0-23) the daily digest goes out. @default 7 */
  readonly digestHourUtc: number;
}

/** Raw context values as CDK hands them over: strings from `-c`, anything from cdk.json. */
export interface RawContext {
  readonly alertEmails?: unknown;
  readonly alertPhones?: unknown;
  readonly opsEmails?: unknown;
  readonly subscriptions?: unknown;
  readonly config?: unknown;
  readonly digestHour?: unknown;
}

/** SNS limits for a filter policy on message attributes (SNS developer guide, "Filter policy constraints"). */
export const SNS_FILTER_LIMITS = { maxKeys: 5, maxCombinations: 150, maxBytes: 256 * 1024 } as const;

export const DEFAULT_CONFIG_PATH = 'config/shiftwatch.yaml';

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Reads the comma-separated list a `-c` option carries (or a JSON/cdk.json array).
 *
 * @example parseList('a@x.org, b@y.org', 'alertEmails') // ['a@x.org', 'b@y.org']
 */
export function parseList(value: unknown, option: string): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      if (typeof v !== 'string') throw new ConfigError(`-c ${option}: entry ${i + 1} must be a string.`);
      return v.trim();
    }).filter((v) => v !== '');
  }
  if (typeof value !== 'string') throw new ConfigError(`-c ${option} must be a comma-separated list.`);
  return value.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/** Throws unless `value` looks like a deliverable email address. */
export function checkEmail(value: string, where: string): string {
  if (!EMAIL.test(value)) {
    throw new ConfigError(`${where}: '${value}' is not an email address (expected name@example.org).`);
  }
  return value;
}

/** Throws unless `value` is a phone number in E.164 (what SNS SMS requires). */
export function checkPhone(value: string, where: string): string {
  const compact = value.replace(/[\s().-]/g, '');
  if (!E164.test(compact)) {
    throw new ConfigError(
      `${where}: '${value}' is not a phone number in E.164 format (expected + then country code and number, e.g. +12025550100).`,
    );
  }
  return compact;
}

const SUBSCRIPTION_KEYS = ['email', 'sms', 'actors', 'issues', 'directions', 'severities', 'digest'];

/**
 * Parses `-c subscriptions='[{"email":"a@x.org","actors":["russia"]}]'` and checks every
 * actor and issue against the watchlist that will be deployed.
 *
 * @example parseSubscriptions('[{"sms":"+12025550100","issues":["renounce-nato"]}]', watchlist)
 */
export function parseSubscriptions(value: unknown, watchlist: Pick<Watchlist, 'actors' | 'issues'>): Subscriber[] {
  if (value === undefined || value === null || value === '') return [];
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (err) {
      throw new ConfigError(`-c subscriptions is not valid JSON (${(err as Error).message}).`);
    }
  }
  if (!Array.isArray(parsed)) {
    throw new ConfigError(`-c subscriptions must be a JSON list such as [{"email":"a@x.org","actors":["russia"]}].`);
  }
  const actorIds = watchlist.actors.map((a) => a.id);
  const issueIds = watchlist.issues.map((i) => i.id);
  return parsed.map((entry, index) => {
    const where = `-c subscriptions[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new ConfigError(`${where} must be an object with "email" or "sms".`);
    }
    const obj = entry as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (!SUBSCRIPTION_KEYS.includes(key)) {
        throw new ConfigError(`${where} has an unknown key '${key}' (expected one of ${SUBSCRIPTION_KEYS.join(', ')}).`);
      }
    }
    if ((obj.email === undefined) === (obj.sms === undefined)) {
      throw new ConfigError(`${where} must have exactly one of "email" or "sms".`);
    }
    const protocol: Protocol = obj.email !== undefined ? 'email' : 'sms';
    const raw = obj[protocol];
    if (typeof raw !== 'string') throw new ConfigError(`${where}.${protocol} must be a string.`);
    const endpoint = protocol === 'email' ? checkEmail(raw.trim(), `${where}.email`) : checkPhone(raw.trim(), `${where}.sms`);
    const filter: {
      actors?: string[];
      issues?: string[];
      directions?: Direction[];
      severities?: Severity[];
    } = {};
    const actors = idList(obj.actors, `${where}.actors`, actorIds, 'actor');
    const issues = idList(obj.issues, `${where}.issues`, issueIds, 'issue');
    const directions = idList(obj.directions, `${where}.directions`, DIRECTIONS, 'direction') as Direction[] | undefined;
    const severities = idList(obj.severities, `${where}.severities`, SEVERITIES, 'severity') as Severity[] | undefined;
    if (actors) filter.actors = actors;
    if (issues) filter.issues = issues;
    if (directions) filter.directions = directions;
    if (severities) filter.severities = severities;
    if (obj.digest !== undefined && !(DIGEST_VALUES as readonly unknown[]).includes(obj.digest)) {
      throw new ConfigError(
        `${where}.digest: unknown value ${JSON.stringify(obj.digest)} (expected ${DIGEST_VALUES.map((v) => `"${v}"`).join(' or ')}, or leave it out for instant alerts).`,
      );
    }
    const subscriber: Subscriber = {
      protocol,
      endpoint,
      ...(Object.keys(filter).length > 0 ? { filter } : {}),
      ...(obj.digest !== undefined ? { digest: obj.digest as Delivery } : {}),
    };
    checkFilterLimits(subscriber, where);
    return subscriber;
  });
}

function idList(value: unknown, where: string, known: readonly string[], kind: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== 'string')) {
    throw new ConfigError(`${where} must be a non-empty list of ${kind} ids.`);
  }
  for (const id of list as string[]) {
    if (!known.includes(id)) {
      const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, ...` : known.join(', ');
      throw new ConfigError(`${where}: unknown ${kind} '${id}' (known: ${shown}).`);
    }
  }
  return [...new Set(list as string[])];
}

/**
 * The SNS filter policy for a subscriber, keyed by the message attributes the publisher sets;
 * undefined when the subscriber takes every alert.
 *
 * @example filterPolicyOf({ actors: ['russia'] }) // { actor: ['russia'] }
 */
export function filterPolicyOf(filter: SubscriberFilter | undefined): Record<string, string[]> | undefined {
  if (!filter) return undefined;
  const policy: Record<string, string[]> = {};
  for (const [key, attribute] of Object.entries(FILTER_ATTRIBUTES) as [keyof SubscriberFilter, string][]) {
    const values = filter[key];
    if (values && values.length > 0) policy[attribute] = [...values];
  }
  return Object.keys(policy).length > 0 ? policy : undefined;
}

function checkFilterLimits(subscriber: Subscriber, where: string): void {
  const policy = filterPolicyOf(subscriber.filter);
  if (!policy) return;
  const keys = Object.keys(policy);
  if (keys.length > SNS_FILTER_LIMITS.maxKeys) {
    throw new ConfigError(`${where}: a filter may use at most ${SNS_FILTER_LIMITS.maxKeys} attributes.`);
  }
  const combinations = keys.reduce((n, k) => n * policy[k].length, 1);
  if (combinations > SNS_FILTER_LIMITS.maxCombinations) {
    const detail = keys.map((k) => `${policy[k].length} ${k}`).join(' x ');
    throw new ConfigError(
      `${where}: its filter has ${detail} = ${combinations} value combinations, over SNS's limit of ${SNS_FILTER_LIMITS.maxCombinations}; list fewer actors or issues, or leave one of them out to match all.`,
    );
  }
  if (Buffer.byteLength(JSON.stringify(policy)) > SNS_FILTER_LIMITS.maxBytes) {
    throw new ConfigError(`${where}: its filter policy is larger than SNS's limit of 256 KB.`);
  }
}

/**
 * Validates every context option the app reads and merges the plain lists
 * (`alertEmails`, `alertPhones`: subscribers with no filter) with `subscriptions`.
 *
 * @example readContext({ alertEmails: 'a@x.org', alertPhones: '+12025550100' }, watchlist)
 */
export function readContext(raw: RawContext, watchlist: Pick<Watchlist, 'actors' | 'issues'>): ShiftwatchContext {
  const subscribers: Subscriber[] = [
    ...parseList(raw.alertEmails, 'alertEmails').map((e): Subscriber => ({ protocol: 'email', endpoint: checkEmail(e, '-c alertEmails') })),
    ...parseList(raw.alertPhones, 'alertPhones').map((p): Subscriber => ({ protocol: 'sms', endpoint: checkPhone(p, '-c alertPhones') })),
    ...parseSubscriptions(raw.subscriptions, watchlist),
  ];
  // SNS keeps one subscription per (topic, protocol, endpoint): a second one would silently
  // replace the first filter, so a duplicate is a mistake to fix, not to guess at. Instant
  // alerts and the digest are separate topics, so one address may take both.
  const seen = new Set<string>();
  for (const s of subscribers) {
    const key = `${s.digest ?? 'instant'}:${s.protocol}:${s.endpoint.toLowerCase()}`;
    if (seen.has(key)) {
      throw new ConfigError(`${s.endpoint} is subscribed more than once; SNS allows one subscription per address, so merge its entries.`);
    }
    seen.add(key);
  }
  const opsEmails = parseList(raw.opsEmails, 'opsEmails').map((e) => checkEmail(e, '-c opsEmails'));
  let configPath = DEFAULT_CONFIG_PATH;
  if (raw.config !== undefined && raw.config !== null && raw.config !== '') {
    if (typeof raw.config !== 'string') throw new ConfigError('-c config must be a path to a config file.');
    configPath = raw.config;
  }
  return { subscribers, opsEmails, configPath, digestHourUtc: parseDigestHour(raw.digestHour) };
}

/**
 * Reads `-c digestHour=7`: the hour of the day (UTC) the daily digest is sent.
 *
 * @example parseDigestHour('18') // 18
 */
export function parseDigestHour(value: unknown): number {
  if (value === undefined || value === null || value === '') return DEFAULT_DIGEST_HOUR_UTC;
  const hour = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new ConfigError(`-c digestHour must be a whole hour from 0 to 23 (UTC), not ${JSON.stringify(value)}.`);
  }
  return hour;
}

/** Feeds the deployed stack can fetch: http(s) only (a Lambda cannot read the user's local files). */
export function deployableFeeds<T extends { url: string }>(feeds: readonly T[]): { deployed: T[]; skipped: T[] } {
  const deployed: T[] = [];
  const skipped: T[] = [];
  for (const feed of feeds) (/^https?:\/\//i.test(feed.url) ? deployed : skipped).push(feed);
  return { deployed, skipped };
}

import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkPhone,
  deployableFeeds,
  filterPolicyOf,
  parseList,
  parseSubscriptions,
  readContext,
} from '../../infra/context.js';
import { ConfigError } from '../../shared/domain/errors.js';

const watchlist = {
  actors: [{ id: 'russia', name: 'Russia', aliases: [] }, { id: 'ukraine', name: 'Ukraine', aliases: [] }],
  issues: [{ id: 'renounce-nato', name: 'Ukraine abandons its NATO bid', terms: [] }, { id: 'ceasefire', name: 'Ceasefire', terms: [] }],
};

/** Runs `fn` and returns the ConfigError message it throws (fails if it throws anything else). */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('Function: parseList', () => {
  it.each([
    [undefined, []],
    ['a@x.org', ['a@x.org']],
    [' a@x.org , b@y.org ,', ['a@x.org', 'b@y.org']],
    [['a@x.org', ' b@y.org '], ['a@x.org', 'b@y.org']],
  ])('reads %j', (input, expected) => {
    expect(parseList(input, 'alertEmails')).toEqual(expected);
  });
});

describe('Function: checkEmail / checkPhone', () => {
  it.each(['a@x.org', 'first.last+news@sub.example.co.uk'])('accepts the email %s', (e) => {
    expect(checkEmail(e, '-c alertEmails')).toBe(e);
  });

  it.each(['bob', 'bob@', '@x.org', 'a@x', 'a b@x.org', 'a@x.org;b@y.org'])('rejects the email %j in one sentence', (e) => {
    expect(errorOf(() => checkEmail(e, '-c alertEmails'))).toBe(
      `-c alertEmails: '${e}' is not an email address (expected name@example.org).`,
    );
  });

  it.each([
    ['+12025550100', '+12025550100'],
    ['+44 20 7183 8750', '+442071838750'],
    ['+1 (202) 555-0100', '+12025550100'],
  ])('accepts the phone %j as %s', (input, expected) => {
    expect(checkPhone(input, '-c alertPhones')).toBe(expected);
  });

  it.each(['2025550100', '0044207183875', '+0123456789', '+1202555010012345', 'call me'])('rejects %j as not E.164', (p) => {
    const message = errorOf(() => checkPhone(p, '-c alertPhones'));
    expect(message).toContain(`-c alertPhones: '${p}' is not a phone number in E.164 format`);
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('Function: parseSubscriptions', () => {
  it('reads email and SMS subscribers with filters', () => {
    const subs = parseSubscriptions(
      JSON.stringify([
        { email: 'a@x.org', actors: ['russia'] },
        { sms: '+12025550100', issues: ['renounce-nato'], directions: ['softening'], severities: ['high', 'medium'] },
        { email: 'all@x.org' },
      ]),
      watchlist,
    );
    expect(subs).toEqual([
      { protocol: 'email', endpoint: 'a@x.org', filter: { actors: ['russia'] } },
      {
        protocol: 'sms',
        endpoint: '+12025550100',
        filter: { issues: ['renounce-nato'], directions: ['softening'], severities: ['high', 'medium'] },
      },
      { protocol: 'email', endpoint: 'all@x.org' },
    ]);
  });

  it('reads "digest": "daily" beside a filter', () => {
    const subs = parseSubscriptions('[{"email":"a@x.org","actors":["russia"],"digest":"daily"},{"sms":"+12025550100","digest":"daily"}]', watchlist);
    expect(subs).toEqual([
      { protocol: 'email', endpoint: 'a@x.org', filter: { actors: ['russia'] }, digest: 'daily' },
      { protocol: 'sms', endpoint: '+12025550100', digest: 'daily' },
    ]);
  });

  it.each([
    ['not json', '-c subscriptions is not valid JSON'],
    ['{"email":"a@x.org"}', '-c subscriptions must be a JSON list'],
    ['["a@x.org"]', '-c subscriptions[0] must be an object with "email" or "sms".'],
    ['[{"actors":["russia"]}]', '-c subscriptions[0] must have exactly one of "email" or "sms".'],
    ['[{"email":"a@x.org","sms":"+12025550100"}]', '-c subscriptions[0] must have exactly one of "email" or "sms".'],
    ['[{"email":"a@x.org","actor":["russia"]}]', "-c subscriptions[0] has an unknown key 'actor' (expected one of email, sms, actors, issues, directions, severities, digest)."],
    ['[{"email":"a@x.org","digest":"weekly"}]', '-c subscriptions[0].digest: unknown value "weekly" (expected "daily", or leave it out for instant alerts).'],
    ['[{"email":"a@x.org"},{"sms":"+12025550100","digest":true}]', '-c subscriptions[1].digest: unknown value true (expected "daily"'],
    ['[{"email":"nope"}]', "-c subscriptions[0].email: 'nope' is not an email address (expected name@example.org)."],
    ['[{"email":"a@x.org"},{"sms":"12025550100"}]', "-c subscriptions[1].sms: '12025550100' is not a phone number in E.164 format"],
    ['[{"email":"a@x.org","actors":["rusia"]}]', "-c subscriptions[0].actors: unknown actor 'rusia' (known: russia, ukraine)."],
    ['[{"email":"a@x.org","issues":["nato"]}]', "-c subscriptions[0].issues: unknown issue 'nato' (known: renounce-nato, ceasefire)."],
    ['[{"email":"a@x.org","directions":["up"]}]', "-c subscriptions[0].directions: unknown direction 'up' (known: softening, hardening)."],
    ['[{"email":"a@x.org","severities":["urgent"]}]', "-c subscriptions[0].severities: unknown severity 'urgent' (known: high, medium, low)."],
    ['[{"email":"a@x.org","actors":[]}]', '-c subscriptions[0].actors must be a non-empty list of actor ids.'],
  ])('rejects %s with one clear sentence', (input, expected) => {
    const message = errorOf(() => parseSubscriptions(input, watchlist));
    expect(message.startsWith(expected)).toBe(true);
    expect(message.split('\n')).toHaveLength(1);
  });

  it("rejects a filter over SNS's 150 value combinations, saying how many it has", () => {
    const many = {
      actors: Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, name: `A${i}`, aliases: [] })),
      issues: Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: `I${i}`, terms: [] })),
    };
    const sub = [{ email: 'a@x.org', actors: many.actors.map((a) => a.id), issues: many.issues.map((i) => i.id) }];
    expect(errorOf(() => parseSubscriptions(JSON.stringify(sub), many))).toContain('20 actor x 8 issue = 160 value combinations');
    // 150 exactly is within the limit.
    const ok = [{ email: 'a@x.org', actors: many.actors.slice(0, 15).map((a) => a.id), issues: many.issues.slice(0, 5).map((i) => i.id), severities: ['high', 'low'] }];
    expect(parseSubscriptions(JSON.stringify(ok), many)).toHaveLength(1);
  });
});

describe('Function: filterPolicyOf', () => {
  it('maps filters onto the message attribute names the publisher sets', () => {
    expect(filterPolicyOf({ actors: ['russia'], issues: ['ceasefire'], directions: ['hardening'], severities: ['high'] })).toEqual({
      actor: ['russia'],
      issue: ['ceasefire'],
      direction: ['hardening'],
      severity: ['high'],
    });
  });

  it('is undefined for a subscriber that takes everything', () => {
    expect(filterPolicyOf(undefined)).toBeUndefined();
    expect(filterPolicyOf({})).toBeUndefined();
  });
});

describe('Function: readContext', () => {
  it('merges plain lists (no filter) with subscriptions and defaults the config path', () => {
    const ctx = readContext(
      { alertEmails: 'a@x.org', alertPhones: '+12025550100', subscriptions: '[{"email":"b@x.org","actors":["ukraine"]}]' },
      watchlist,
    );
    expect(ctx).toEqual({
      subscribers: [
        { protocol: 'email', endpoint: 'a@x.org' },
        { protocol: 'sms', endpoint: '+12025550100' },
        { protocol: 'email', endpoint: 'b@x.org', filter: { actors: ['ukraine'] } },
      ],
      opsEmails: [],
      configPath: 'config/shiftwatch.yaml',
      digestHourUtc: 7,
    });
  });

  it('lets one address take instant alerts and a digest (two topics), but not two digests', () => {
    const ctx = readContext({ alertEmails: 'a@x.org', subscriptions: '[{"email":"a@x.org","digest":"daily"}]' }, watchlist);
    expect(ctx.subscribers).toEqual([
      { protocol: 'email', endpoint: 'a@x.org' },
      { protocol: 'email', endpoint: 'a@x.org', digest: 'daily' },
    ]);
    expect(
      errorOf(() => readContext({ subscriptions: '[{"email":"a@x.org","digest":"daily"},{"email":"a@x.org","digest":"daily","actors":["russia"]}]' }, watchlist)),
    ).toBe('a@x.org is subscribed more than once; SNS allows one subscription per address, so merge its entries.');
  });

  it.each([
    [undefined, 7],
    ['18', 18],
    [' 0 ', 0],
    [23, 23],
  ])('reads -c digestHour=%j as %i', (value, hour) => {
    expect(readContext({ digestHour: value }, watchlist).digestHourUtc).toBe(hour);
  });

  it.each(['24', '-1', '7.5', 'seven', 7.5])('rejects -c digestHour=%j with one sentence', (value) => {
    const message = errorOf(() => readContext({ digestHour: value }, watchlist));
    expect(message).toBe(`-c digestHour must be a whole hour from 0 to 23 (UTC), not ${JSON.stringify(value)}.`);
  });

  it('rejects an address subscribed twice, since SNS keeps one subscription per address', () => {
    expect(errorOf(() => readContext({ alertEmails: 'a@x.org', subscriptions: '[{"email":"A@x.org","actors":["russia"]}]' }, watchlist))).toBe(
      'A@x.org is subscribed more than once; SNS allows one subscription per address, so merge its entries.',
    );
  });

  it.each([
    [{ alertEmails: 'a@x.org,bob' }, "-c alertEmails: 'bob' is not an email address"],
    [{ alertPhones: '+12025550100,555-0100' }, "-c alertPhones: '555-0100' is not a phone number in E.164 format"],
    [{ opsEmails: 'ops' }, "-c opsEmails: 'ops' is not an email address"],
  ])('names the option and the bad value: %j', (raw, expected) => {
    expect(errorOf(() => readContext(raw, watchlist))).toContain(expected);
  });
});

describe('Function: deployableFeeds', () => {
  it('deploys http(s) feeds and skips local files', () => {
    const feeds = [{ url: 'https://a.org/rss' }, { url: '/home/me/feed.xml' }, { url: 'HTTP://b.org/atom' }, { url: 'samples/x.rdf' }];
    expect(deployableFeeds(feeds)).toEqual({
      deployed: [{ url: 'https://a.org/rss' }, { url: 'HTTP://b.org/atom' }],
      skipped: [{ url: '/home/me/feed.xml' }, { url: 'samples/x.rdf' }],
    });
  });
});

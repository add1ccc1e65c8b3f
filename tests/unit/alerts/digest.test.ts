import { describe, expect, it } from 'vitest';
import { buildDigest, matchesFilter, subscriberId } from '../../../shared/domain/alerts/digest.js';
import { gsm7Length, isGsm7 } from '../../../shared/domain/alerts/gsm7.js';
import type { SubscriberFilter } from '../../../shared/domain/alerts/subscriber-filter.js';
import type { Alert } from '../../../shared/domain/types.js';
import { anAlert } from '../../support/fixtures.js';

const since = '2026-11-24T07:00:00.000Z';
const until = '2026-11-25T07:00:00.000Z';

const ukraine = anAlert({ id: 'a-ukraine', at: '2026-11-24T09:00:00.000Z' });
const russia = anAlert({
  id: 'a-russia',
  actor: 'russia',
  actorName: 'Russia',
  issue: 'ceasefire',
  issueName: 'A ceasefire along the current front line',
  from: 'conditional',
  to: 'oppose',
  direction: 'hardening',
  severity: 'medium',
  at: '2026-11-24T20:15:00.000Z',
  evidence: [
    { url: 'https://example.org/kremlin', title: 'Kremlin rules out truce', source: 'Steppe Monitor', published: '2026-11-24T20:15:00.000Z', quote: '“No ceasefire” — the Kremlin said' },
    { url: 'https://example.org/kremlin-2', title: 'Moscow: no truce', source: 'Harbour Wire', published: '2026-11-24T21:00:00.000Z', quote: 'Moscow rejects a truce' },
  ],
});
// No direction or severity stored: derived as the publisher derives them (oppose -> support: softening, high).
const turkey = anAlert({
  id: 'a-turkey',
  actor: 'turkey',
  actorName: 'Türkiye',
  issue: 'sweden-joins-nato',
  from: 'oppose',
  to: 'support',
  direction: undefined,
  severity: undefined,
  at: '2026-11-25T06:59:59.000Z',
});
const tooEarly = anAlert({ id: 'a-early', at: '2026-11-24T06:59:59.999Z' });
const atUntil = anAlert({ id: 'a-until', at: until });

describe('Function: matchesFilter', () => {
  it.each<[string, SubscriberFilter | undefined, Alert, boolean]>([
    ['no filter takes everything', undefined, russia, true],
    ['an empty filter takes everything', {}, russia, true],
    ['an actor in the list', { actors: ['russia', 'usa'] }, russia, true],
    ['an actor not in the list', { actors: ['usa'] }, russia, false],
    ['issue and direction both hold', { issues: ['ceasefire'], directions: ['hardening'] }, russia, true],
    ['issue holds, direction does not (AND across keys)', { issues: ['ceasefire'], directions: ['softening'] }, russia, false],
    ['severity in the list', { severities: ['medium', 'low'] }, russia, true],
    ['severity not in the list', { severities: ['high'] }, russia, false],
    ['derived direction when the alert has none', { directions: ['softening'] }, turkey, true],
    ['derived severity (a jump across the scale is high)', { severities: ['high'] }, turkey, true],
    ['derived severity excludes', { severities: ['low', 'medium'] }, turkey, false],
  ])('%s', (_, filter, alert, expected) => {
    expect(matchesFilter(alert, filter)).toBe(expected);
  });
});

describe('Function: subscriberId', () => {
  it('is stable, short, ignores case and surrounding spaces of the address, and differs per protocol and address', () => {
    const id = subscriberId('email', 'a@x.org');
    expect(id).toMatch(/^sub-[0-9a-f]{12}$/);
    expect(subscriberId('email', ' A@X.org ')).toBe(id);
    expect(subscriberId('sms', 'a@x.org')).not.toBe(id);
    expect(subscriberId('email', 'b@x.org')).not.toBe(id);
  });
});

describe('Function: buildDigest', () => {
  const all = [turkey, russia, ukraine, tooEarly, atUntil];

  it('lists the alerts of the window [since, until) oldest first, each once', () => {
    const digest = buildDigest([...all, ukraine], { since, until })!;
    expect(digest.alertIds).toEqual(['a-ukraine', 'a-russia', 'a-turkey']);
    expect(digest.count).toBe(3);
  });

  it('applies the filter with the instant alerts\' semantics', () => {
    expect(buildDigest(all, { since, until, filter: { actors: ['russia'] } })!.alertIds).toEqual(['a-russia']);
    expect(buildDigest(all, { since, until, filter: { directions: ['softening'] } })!.alertIds).toEqual(['a-ukraine', 'a-turkey']);
  });

  it('returns undefined when nothing matches: no empty digests', () => {
    expect(buildDigest(all, { since, until, filter: { actors: ['usa'] } })).toBeUndefined();
    expect(buildDigest([tooEarly, atUntil], { since, until })).toBeUndefined();
    expect(buildDigest([], { since, until })).toBeUndefined();
  });

  it('writes an ASCII one-line subject under 100 characters naming the day and count', () => {
    const digest = buildDigest(all, { since, until })!;
    expect(digest.subject).toBe('shiftwatch digest 2026-11-25: 3 shifts (Ukraine, Russia, Turkiye)');
    const many = Array.from({ length: 30 }, (_, i) =>
      anAlert({ id: `m${i}`, actor: `actor-${i}`, actorName: `A very long actor name number ${i}`, at: '2026-11-24T10:00:00.000Z' }),
    );
    const crowded = buildDigest(many, { since, until })!;
    expect(crowded.subject.length).toBeLessThan(100);
    expect(crowded.subject).toMatch(/^shiftwatch digest 2026-11-25: 30 shifts \(.*\+\d+ more\)$/);
    expect(crowded.subject).toMatch(/^[ -~]+$/);
  });

  it('gives each alert a block in the email: who moved from what to what, quote, link, source; a count line; subscription help', () => {
    const digest = buildDigest(all, { since, until, filter: { actors: ['russia', 'ukraine'] } })!;
    const { email } = digest;
    expect(email).toContain('1. Ukraine moved from oppose to conditional on "Ukraine formally abandons its bid to join NATO" (renounce-nato)');
    expect(email).toContain('2. Russia moved from conditional to oppose on "A ceasefire along the current front line" (ceasefire)');
    expect(email).toContain('   hardening, severity medium, decided 2026-11-24 20:15 UTC');
    expect(email).toContain('   "“No ceasefire” — the Kremlin said"');
    expect(email).toContain('   Steppe Monitor, 2026-11-24 20:15 UTC: Kremlin rules out truce');
    expect(email).toContain('   https://example.org/kremlin\n');
    expect(email).toContain('(+1 more source)');
    expect(email).toContain('2 shifts in this digest.');
    expect(email).toContain('"digest": "daily"');
    expect(email).toContain('Your filter: actors=russia,ukraine.');
    expect(email.indexOf('1. Ukraine')).toBeLessThan(email.indexOf('2. Russia'));
  });

  it('fits the SMS in one GSM-7 segment, listing what fits and counting the rest', () => {
    const digest = buildDigest(all, { since, until })!;
    expect(digest.sms).toBe(
      'shiftwatch digest: 3 shifts (Ukraine renounce-nato oppose->conditional, Russia ceasefire conditional->oppose, Türkiye sweden-joins-nato oppose->support)',
    );
    const many = Array.from({ length: 12 }, (_, i) => anAlert({ id: `m${i}`, at: `2026-11-24T1${i % 10}:00:00.000Z` }));
    const crowded = buildDigest(many, { since, until })!;
    expect(isGsm7(crowded.sms)).toBe(true);
    expect(gsm7Length(crowded.sms)).toBeLessThanOrEqual(160);
    expect(crowded.sms).toMatch(/^shiftwatch digest: 12 shifts \(Ukraine renounce-nato oppose->conditional, .*\+\d+ more\)$/);
  });

  it('keeps a short default text with one line per alert', () => {
    const digest = buildDigest(all, { since, until })!;
    const lines = digest.default.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('Russia ceasefire: conditional -> oppose (2026-11-24 20:15 UTC) https://example.org/kremlin');
  });
});

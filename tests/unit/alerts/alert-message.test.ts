import { describe, it, expect } from 'vitest';
import {
  formatAlertMessage,
  gsm7Length,
  isGsm7,
  snsMessageJson,
  toAscii,
  toGsm7,
} from '../../../shared/domain/alerts/alert-message.js';
import { applyEvidence, buildAlert, DEFAULT_SHIFT_SETTINGS } from '../../../shared/domain/positions/shift-rules.js';
import type { Alert, Evidence } from '../../../shared/domain/types.js';

function evidence(over: Partial<Evidence>): Evidence {
  return {
    storyId: 's1',
    url: 'https://wire-one.example/2023/07/10/turkey-sweden-vilnius',
    title: 'Turkey agrees to back Sweden\u2019s NATO bid on eve of Vilnius summit',
    source: 'Wire One',
    published: '2023-07-10T21:30:00Z',
    quote: 'Erdogan agreed to send Sweden\u2019s accession protocol to the Grand National Assembly \u201Cas soon as possible\u201D.',
    stance: 'support',
    confidence: 0.9,
    attributed: true,
    ...over,
  };
}

/** A real alert, built through the shift rules rather than by hand. */
function alertFrom(
  items: Evidence[],
  ctx: { actor: string; issue: string; actorName?: string; issueName?: string; baseline: Alert['from'] },
): Alert {
  let position;
  let alert: Alert | undefined;
  for (const e of items) {
    const out = applyEvidence(position, e, { ...ctx, now: new Date(e.published), settings: DEFAULT_SHIFT_SETTINGS });
    position = out.position;
    if (out.shift) alert = buildAlert(out.shift, ctx);
  }
  if (!alert) throw new Error('test setup: no shift');
  return alert;
}

const turkeyAlert = alertFrom(
  [
    evidence({
      storyId: 'old',
      url: 'https://harbor-times.example/2023/06/14/erdogan-conditions',
      title: 'Erdogan repeats conditions for Sweden',
      source: 'Harbor Times',
      published: '2023-06-14T10:00:00Z',
      quote: 'Erdogan said Turkey would approve the bid only once Stockholm had kept its promises.',
      stance: 'conditional',
    }),
    evidence({}),
  ],
  {
    actor: 'turkey',
    issue: 'sweden-joins-nato',
    actorName: 'Turkey',
    issueName: 'Sweden becomes a member of NATO',
    baseline: 'conditional',
  },
);

describe('Function: toGsm7 / isGsm7', () => {
  it.each([
    ['curly quotes and dashes', 'He said \u201Cno\u201D \u2014 it\u2019s final\u2026', 'He said "no" - it\'s final...'],
    ['Russian', 'Песков: «Россия против»', 'Peskov: "Rossiya protiv"'],
    ['Ukrainian', 'Зеленський та Київ', 'Zelenskiy ta Kiyiv'],
    ['Turkish letters GSM-7 lacks', 'Erdoğan, Çavuşoğlu, Türkiye, İstanbul, ılımlı', 'Erdogan, Çavusoglu, Türkiye, Istanbul, ilimli'],
    ['Greek', 'Μητσοτάκης, Αθήνα', 'Mitsotakis, Athina'],
    ['accents GSM-7 has are kept', 'Orbán, Müller, café, Niinistö', 'Orban, Müller, café, Niinistö'],
    ['CJK and emoji are dropped', '習近平 says 🇨🇳 yes', 'says yes'],
    ['Hungarian double acute', 'Szőlő', 'Szolo'],
  ])('%s', (_name, input, expected) => {
    const out = toGsm7(input);
    expect(out.trim()).toBe(expected);
    expect(isGsm7(out)).toBe(true);
  });

  it.each([
    ['plain ASCII', 'Turkey: conditional->support', true],
    ['GSM letters and extension characters', 'Δ £ é [x] {y} €5 ~', true],
    ['curly quote', 'it\u2019s', false],
    ['Cyrillic', 'Путин', false],
    ['ç (only Ç is GSM-7)', 'ç', false],
  ])('isGsm7: %s -> %s', (_n, text, expected) => {
    expect(isGsm7(text)).toBe(expected);
  });

  it('counts extension characters as two septets', () => {
    expect(gsm7Length('abc')).toBe(3);
    expect(gsm7Length('[€]')).toBe(6);
  });

  it('toAscii keeps only printable ASCII', () => {
    const out = toAscii('Türkiye – £5 Ø «Ankara»');
    expect(out).toBe('Turkiye - GBP5 O "Ankara"');
    expect(out).toMatch(/^[ -~]*$/);
  });
});

describe('Function: formatAlertMessage', () => {
  it('builds the subject from names when known, ASCII and under 100 characters', () => {
    const msg = formatAlertMessage(turkeyAlert);
    expect(msg.subject).toBe('Turkey on Sweden becomes a member of NATO: conditional -> support');
  });

  it.each<[string, Partial<Alert>, RegExp]>([
    ['ids when no names', { actorName: undefined, issueName: undefined }, /^turkey on sweden-joins-nato: conditional -> support$/],
    [
      'issue id when the name is too long',
      { issueName: 'Sweden becomes a full member of the North Atlantic Treaty Organization after every ally ratifies its accession protocol' },
      /^Turkey on sweden-joins-nato: conditional -> support$/,
    ],
    ['long actor names fall back to the id', { actorName: 'President Joe Biden and the White House (2023 debt-limit standoff)' }, /^turkey on /],
    ['non-Latin names are transliterated', { actorName: 'Україна' }, /^Ukrayina on /],
    ['absurdly long ids are cut', { actorName: undefined, issueName: undefined, actor: 'a'.repeat(80), issue: 'b'.repeat(80) }, /\.\.\.: conditional -> support$/],
  ])('subject: %s', (_n, over, pattern) => {
    const subject = formatAlertMessage({ ...turkeyAlert, ...over }).subject;
    expect(subject).toMatch(pattern);
    expect(subject.length).toBeLessThan(100);
    expect(subject).toMatch(/^[ -~]+$/);
  });

  it('the email says who moved, from what to what, the quotes with links, the earlier evidence, why, and how to change the filter', () => {
    const { email } = formatAlertMessage(turkeyAlert, { subscriptionHelp: 'Reply to ops@example.org to change your filter.' });
    expect(email).toContain('Turkey has shifted its position on "Sweden becomes a member of NATO" (sweden-joins-nato).');
    expect(email).toContain('Was: conditional');
    expect(email).toContain('Now: support');
    expect(email).toContain('Direction: softening');
    expect(email).toContain('"Erdogan agreed to send Sweden\u2019s accession protocol');
    expect(email).toContain('https://wire-one.example/2023/07/10/turkey-sweden-vilnius');
    expect(email).toContain('Wire One, 2023-07-10 21:30 UTC');
    expect(email).toMatch(/Earlier evidence for "conditional"\n  1\. "Erdogan said Turkey would approve the bid only once/);
    expect(email).toContain('https://harbor-times.example/2023/06/14/erdogan-conditions');
    expect(email).toMatch(/Why we believe it\n  The deciding statement is attributed to Turkey .* confidence 0\.90/);
    expect(email).toContain('Reply to ops@example.org to change your filter.');
    expect(email).toContain(`Alert id: ${turkeyAlert.id}`);
  });

  it('the email explains a reversal by the second story and the actor\'s own word, not as weak evidence', () => {
    const alert = alertFrom(
      [
        evidence({ storyId: 'a', attributed: false, source: 'Meridian Dispatch', published: '2023-07-10T18:00:00Z' }),
        evidence({ storyId: 'b', confidence: 0.85, published: '2023-07-10T21:30:00Z' }),
      ],
      { actor: 'turkey', issue: 'sweden-joins-nato', baseline: 'oppose' },
    );
    const { email } = formatAlertMessage(alert);
    expect(alert.basis).toBe('reversal');
    expect(email).toContain('from one end of the scale to the other');
    expect(email).toContain("the deciding one turkey's own confident word (confidence 0.85); 1 attributed, 1 reported by others");
    expect(email).not.toContain('No single statement was conclusive');
  });

  it('the email explains a corroborated shift and a baseline with no earlier evidence', () => {
    const alert = alertFrom(
      [
        evidence({ storyId: 'a', confidence: 0.4, stance: 'conditional', published: '2022-06-28T10:00:00Z' }),
        evidence({ storyId: 'b', attributed: false, stance: 'conditional', source: 'Meridian Dispatch', published: '2022-06-28T12:00:00Z' }),
      ],
      { actor: 'turkey', issue: 'finland-joins-nato', baseline: 'oppose' },
    );
    const { email } = formatAlertMessage(alert);
    expect(email).toContain('rests on 2 independent stories');
    expect(email).toContain('1 attributed to turkey, 1 reported by others');
    expect(email).toContain('None recorded: "oppose" was the starting position given in the watchlist.');
    expect(email).toContain('2 outlets: Wire One, Meridian Dispatch');
    expect(email).toContain('"subscriptions" CDK context');
  });

  it.each<[string, Partial<Evidence>, Partial<Alert>]>([
    ['a short Latin quote', {}, {}],
    ['a very long Cyrillic quote', { quote: 'Песков заявил, что Кремль «категорически против» любых разговоров о вступлении Украины в НАТО, и повторил это трижды на брифинге в Москве. '.repeat(4) }, { actorName: 'Россия' }],
    ['a quote entirely in Chinese', { quote: '中国外交部表示反对北约东扩，并呼吁各方保持克制。' }, {}],
    ['a very long link', { url: `https://example.org/${'x'.repeat(200)}` }, {}],
    ['a link with extension characters and non-ASCII', { url: 'https://example.org/~news/Türkiye?q=[1]' }, {}],
    ['long ids', {}, { actor: 'house-republicans', issue: 'debt-limit-increase-without-spending-cuts', actorName: undefined }],
  ])('the SMS is one GSM-7 segment with the link last: %s', (_n, evOver, alertOver) => {
    const alert: Alert = {
      ...turkeyAlert,
      ...alertOver,
      evidence: [{ ...turkeyAlert.evidence[0], ...evOver }, ...turkeyAlert.evidence.slice(1)],
    };
    const { sms } = formatAlertMessage(alert);
    expect(isGsm7(sms)).toBe(true);
    expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
    expect(sms).toContain(`${alert.from}->${alert.to}`);
    const url = alert.evidence[0].url;
    if (url.length < 100) expect(sms).toMatch(/ https:\/\/\S+$/);
  });

  it('the SMS reads naturally for the plain case', () => {
    expect(formatAlertMessage(turkeyAlert).sms).toBe(
      'Turkey sweden-joins-nato: conditional->support. "Erdogan agreed to send Sweden\'s accession..." ' +
        'https://wire-one.example/2023/07/10/turkey-sweden-vilnius',
    );
  });

  it('attributes carry actor, issue, from, to, direction and severity', () => {
    expect(formatAlertMessage(turkeyAlert).attributes).toEqual({
      actor: 'turkey',
      issue: 'sweden-joins-nato',
      from: 'conditional',
      to: 'support',
      direction: 'softening',
      severity: 'high',
    });
    const bare: Alert = { ...turkeyAlert, from: 'support', to: 'oppose', direction: undefined, severity: undefined };
    expect(formatAlertMessage(bare).attributes).toMatchObject({ direction: 'hardening', severity: 'high' });
  });

  it('the default text is short and names the move and the source', () => {
    const msg = formatAlertMessage(turkeyAlert);
    expect(msg.default).toMatch(/^Turkey moved from conditional to support on Sweden becomes a member of NATO \[sweden-joins-nato\]\. "/);
    expect(msg.default).toContain('(Wire One, 2023-07-10 21:30 UTC) https://wire-one.example/');
    expect(msg.default.length).toBeLessThan(500);
  });
});

describe('Function: snsMessageJson', () => {
  it('returns the MessageStructure=json payload with default, email and sms', () => {
    const msg = formatAlertMessage(turkeyAlert);
    const parsed = JSON.parse(snsMessageJson(msg)) as Record<string, string>;
    expect(Object.keys(parsed).sort()).toEqual(['default', 'email', 'sms']);
    expect(parsed).toEqual({ default: msg.default, email: msg.email, sms: msg.sms });
  });
});

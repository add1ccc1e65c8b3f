import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scoreShiftAlerts, type ScoredAlert, type ShiftLabels } from '../../../shared/domain/positions/score-shifts.js';
import { applyEvidence, buildAlert, DEFAULT_SHIFT_SETTINGS, type ShiftSettings } from '../../../shared/domain/positions/shift-rules.js';
import { parseWatchlist } from '../../../shared/domain/watchlist.js';
import type { Alert, Evidence, Position, Stance } from '../../../shared/domain/types.js';

const urls = new Map(['001', '002', '003', '004', '005', '006', '007', '008'].map((id) => [id, `https://x.example/${id}`]));
const labels: ShiftLabels = {
  shifts: [
    { actor: 'sweden', issue: 'nato', from: 'oppose', to: 'support', article: '002' },
    { actor: 'turkey', issue: 'nato', from: 'oppose', to: 'conditional', article: '003' },
    { actor: 'turkey', issue: 'nato', from: 'conditional', to: 'oppose', article: '005' },
    { actor: 'turkey', issue: 'nato', from: 'oppose', to: 'conditional', article: '007' },
  ],
  no_alert_articles: ['001', '004', '006', '008'],
};
const alert = (actor: string, from: string, to: string, article: string): ScoredAlert => ({
  actor,
  issue: 'nato',
  from,
  to,
  evidenceUrl: urls.get(article) ?? `https://elsewhere.example/${article}`,
});

describe('Function: scoreShiftAlerts', () => {
  it.each<[string, ScoredAlert[], { tp: number; fa: number; reasons: string[]; misses: string[] }]>([
    [
      'every labelled shift alerted once on its article',
      [alert('sweden', 'oppose', 'support', '002'), alert('turkey', 'oppose', 'conditional', '003'), alert('turkey', 'conditional', 'oppose', '005'), alert('turkey', 'oppose', 'conditional', '007')],
      { tp: 4, fa: 0, reasons: [], misses: [] },
    ],
    [
      'a later article still matches; the duplicate copy is a false alarm though',
      [alert('sweden', 'oppose', 'support', '004')],
      { tp: 1, fa: 1, reasons: [], misses: ['003', '005', '007'] },
    ],
    [
      'a second alert for an already alerted tuple is a false positive',
      [alert('sweden', 'oppose', 'support', '002'), alert('sweden', 'oppose', 'support', '004')],
      { tp: 1, fa: 1, reasons: ['repeat of an already alerted shift'], misses: ['003', '005', '007'] },
    ],
    [
      'the same tuple again after a labelled shift away matches the later label',
      [alert('turkey', 'oppose', 'conditional', '003'), alert('turkey', 'oppose', 'conditional', '008')],
      { tp: 2, fa: 1, reasons: [], misses: ['002', '005'] },
    ],
    [
      'an alert before the labelled article does not match',
      [alert('sweden', 'oppose', 'support', '001')],
      { tp: 0, fa: 1, reasons: ['decided before the labelled article'], misses: ['002', '003', '005', '007'] },
    ],
    [
      'an alert after the position moved on does not match',
      [alert('turkey', 'conditional', 'oppose', '008'), alert('turkey', 'oppose', 'conditional', '006')],
      { tp: 0, fa: 2, reasons: ['decided after the position had moved on', 'decided after the position had moved on'], misses: ['002', '003', '005', '007'] },
    ],
    [
      'an unlabelled transition is a false positive',
      [alert('sweden', 'support', 'oppose', '006')],
      { tp: 0, fa: 1, reasons: ['not a labelled shift'], misses: ['002', '003', '005', '007'] },
    ],
  ])('%s', (_n, alerts, want) => {
    const score = scoreShiftAlerts(alerts, labels, urls);
    expect(score.truePositives).toBe(want.tp);
    expect(score.precision).toBeCloseTo(alerts.length ? want.tp / alerts.length : 1);
    expect(score.recall).toBeCloseTo(want.tp / 4);
    expect(score.falseAlarms).toBe(want.fa);
    expect(score.falseAlerts.map((f) => f.reason)).toEqual(want.reasons);
    expect(score.misses.map((m) => m.article)).toEqual(want.misses);
  });

  it('the strict option requires the labelled article or its copy', () => {
    const dup = new Map([['004', '002']]);
    const strict = { requireLabelledArticle: true, duplicates: dup };
    expect(scoreShiftAlerts([alert('sweden', 'oppose', 'support', '004')], labels, urls, strict).truePositives).toBe(1);
    const late = scoreShiftAlerts([alert('sweden', 'oppose', 'support', '006')], labels, urls, strict);
    expect(late.truePositives).toBe(0);
    expect(late.falseAlerts[0].reason).toBe('decided by another article than the labelled one');
  });

  it('no alerts: precision 1, recall 0, every shift missed', () => {
    const score = scoreShiftAlerts([], labels, urls);
    expect(score).toMatchObject({ precision: 1, recall: 0, falseAlarms: 0 });
    expect(score.misses[0].url).toBe('https://x.example/002');
  });
});

/**
 * The shift rules against the dev set's own semantics: replaying the labelled claims (a
 * perfect reader, confidence 0.9) in publication order must raise exactly the labelled
 * shifts, with no alert decided by a no-alert article.
 */
describe('Oracle replay of ../shared/eval/dev labels through applyEvidence', () => {
  const dev = join(process.cwd(), '..', 'shared', 'eval', 'dev');
  const devLabels = JSON.parse(readFileSync(join(dev, 'labels.json'), 'utf8')) as ShiftLabels & {
    claims: Record<string, { actor: string; issue: string; stance: Stance; quote: string; attributed: boolean }[]>;
  };
  const watchlist = parseWatchlist(readFileSync(join(dev, 'watchlist.yaml'), 'utf8'), 'watchlist.yaml');
  const articles = readdirSync(join(dev, 'articles'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dev, 'articles', f), 'utf8')) as { id: string; published: string; source: string; url: string; title: string })
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const copies = new Map([['004', '003'], ['016', '015'], ['052', '051']]);

  function replay(confidence: (article: string, i: number) => number, settings: ShiftSettings = DEFAULT_SHIFT_SETTINGS) {
    const positions = new Map<string, Position>();
    const alerts: Alert[] = [];
    for (const a of articles) {
      (devLabels.claims[a.id] ?? []).forEach((c, i) => {
        const key = `${c.actor}|${c.issue}`;
        const evidence: Evidence = {
          storyId: a.id, url: a.url, title: a.title, source: a.source, published: a.published,
          quote: c.quote, stance: c.stance, confidence: confidence(a.id, i), attributed: c.attributed,
          ...(copies.has(a.id) ? { duplicateOf: copies.get(a.id) } : {}),
        };
        const baseline = watchlist.baseline.find((b) => b.actor === c.actor && b.issue === c.issue)?.stance;
        const out = applyEvidence(positions.get(key), evidence, {
          actor: c.actor, issue: c.issue, baseline, now: new Date(a.published), settings,
        });
        positions.set(key, out.position);
        if (out.shift) alerts.push(buildAlert(out.shift, { actor: c.actor, issue: c.issue }));
      });
    }
    return alerts;
  }
  const urlById = new Map(articles.map((a) => [a.id, a.url]));
  const score = (alerts: Alert[]) =>
    scoreShiftAlerts(alerts.map((a) => ({ ...a, evidenceUrl: a.evidence[0].url })), devLabels, urlById, { requireLabelledArticle: true, duplicates: copies });

  const oneSourceReversals: ShiftSettings = { ...DEFAULT_SHIFT_SETTINGS, reversalMinSources: 1 };

  it('with one-source reversals, raises exactly the 16 labelled shifts, none from a no-alert article', () => {
    const s = score(replay(() => 0.9, oneSourceReversals));
    expect({ misses: s.misses, falseAlerts: s.falseAlerts }).toEqual({ misses: [], falseAlerts: [] });
    expect(s).toMatchObject({ labelled: 16, truePositives: 16, precision: 1, recall: 1, falseAlarms: 0 });
  });

  it('under the default settings raises nothing false, and holds back only reversals no second source confirmed', () => {
    const s = score(replay(() => 0.9));
    expect({ falseAlarms: s.falseAlarms, precision: s.precision }).toEqual({ falseAlarms: 0, precision: 1 });
    expect(s.misses.length).toBeGreaterThan(0);
    for (const m of s.misses) expect([m.from, m.to].sort()).toEqual(['oppose', 'support']);
  });

  it('alert ids are the same on a second replay', () => {
    expect(replay(() => 0.9).map((a) => a.id)).toEqual(replay(() => 0.9).map((a) => a.id));
  });

  it('with every claim below minConfidence, lone statements wait for corroboration and nothing false is raised', () => {
    const s = score(replay(() => 0.3));
    expect(s.falseAlarms).toBe(0);
    expect(s.precision).toBe(1);
    expect(s.truePositives).toBeLessThan(16);
  });
});

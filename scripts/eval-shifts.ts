/**
 * Shift-alert evaluation: replays `DIR/feeds/*.xml` with `DIR/watchlist.yaml` through the
 * same `replay` path users run, then scores the alerts against `DIR/labels.json`
 * (shared/domain/positions/score-shifts.ts has the matching rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayCommand } from '../cli/commands/replay.js';
import type { Output } from '../cli/output.js';
import { loadWatchlist, type ShiftOverrides } from '../shared/config.js';
import { scoreShiftAlerts, type ShiftLabels, type ShiftScore } from '../shared/domain/positions/score-shifts.js';

export interface ReplayedAlert {
  actor: string;
  issue: string;
  from: string;
  to: string;
  evidence: { url: string; quote: string; title: string }[];
}

/** Replays a labelled set's feeds and returns the alerts, as `shiftwatch replay --json` prints them. */
export async function replayLabelledSet(dir: string, shifts?: ShiftOverrides): Promise<ReplayedAlert[]> {
  const feedsDir = join(dir, 'feeds');
  const feeds = readdirSync(feedsDir)
    // (the dev set's feeds are .xml; a set may as well carry .rss, .atom or .rdf files)
    .filter((f) => /\.(xml|rss|atom|rdf)$/i.test(f))
    .sort()
    .map((f) => join(feedsDir, f));
  const alerts: ReplayedAlert[] = [];
  const out: Output = {
    json: true,
    result: (line) => alerts.push((typeof line === 'string' ? JSON.parse(line) : line) as ReplayedAlert),
    info: () => {},
    warn: (line) => process.stderr.write(`${line}\n`),
  };
  await replayCommand({ feeds, watchlist: loadWatchlist(join(dir, 'watchlist.yaml')), shifts, out });
  return alerts;
}

/** Replays and scores; `duplicates` maps copy article ids to their originals when the set declares them. */
export async function evaluateShifts(dir: string, shifts?: ShiftOverrides): Promise<{ alerts: ReplayedAlert[]; score: ShiftScore }> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as ShiftLabels;
  const urlById = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json'))) {
    const article = JSON.parse(readFileSync(join(dir, 'articles', file), 'utf8')) as { id: string; url: string };
    urlById.set(article.id, article.url);
  }
  const alerts = await replayLabelledSet(dir, shifts);
  const score = scoreShiftAlerts(
    alerts.map((a) => ({ actor: a.actor, issue: a.issue, from: a.from, to: a.to, evidenceUrl: a.evidence[0]?.url ?? '' })),
    labels,
    urlById,
  );
  return { alerts, score };
}

/** Whether the score matched this replayed alert (the same move, decided by the same story) to a labelled shift. */
export function isMatchedAlert(score: ShiftScore, alert: ReplayedAlert): boolean {
  const url = alert.evidence[0]?.url ?? '';
  return score.matched.some((m) => m.alert.actor === alert.actor && m.alert.issue === alert.issue && m.alert.from === alert.from
    && m.alert.to === alert.to && m.alert.evidenceUrl === url);
}

/** The report lines `npm run eval` prints for shifts. */
export function formatShiftScore(score: ShiftScore): string[] {
  const lines = [
    `shift alerts: ${score.alerts} raised, ${score.labelled} labelled, ${score.truePositives} correct; ` +
      `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, false alarms ${score.falseAlarms}`,
  ];
  for (const miss of score.misses) lines.push(`  MISSED ${miss.actor} on ${miss.issue}: ${miss.from} -> ${miss.to} (article ${miss.article})${miss.why ? `: ${miss.why}` : ''}`);
  for (const alert of score.falseAlerts) {
    lines.push(`  FALSE  ${alert.actor} on ${alert.issue}: ${alert.from} -> ${alert.to} (article ${alert.article ?? '?'}, ${alert.reason}) ${alert.evidenceUrl}`);
  }
  for (const alarm of score.falseAlarmAlerts) lines.push(`  FALSE ALARM decided by no-alert article ${alarm.article}: ${alarm.actor} on ${alarm.issue}`);
  return lines;
}

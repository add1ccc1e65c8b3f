/**
 * Scores shift alerts from a replay against labelled shifts, per the dev set's README
 * ("Scoring", shift alerts and false alarms):
 * - a true positive is an alert with a labelled shift's (actor, issue, from, to), decided by
 *   the labelled article or a later one, and before the next labelled shift of the same
 *   (actor, issue) (after that the labelled shift's moment has passed);
 * - each labelled shift matches at most one alert: a second alert for a tuple already
 *   alerted with no labelled shift away in between is a false positive;
 * - a false alarm is an alert whose deciding evidence (`evidence[0]`, matched by url) is an
 *   article listed in `no_alert_articles`; the target is 0.
 * Article ids are compared in numeric order (the dev set's ids follow publication order).
 */

export interface ScoredAlert {
  actor: string;
  issue: string;
  from: string;
  to: string;
  /** Url of the deciding evidence (`evidence[0].url`). */
  evidenceUrl: string;
}

export interface LabelledShift {
  actor: string;
  issue: string;
  from: string;
  to: string;
  /** Id of the first article that shows the new stance. */
  article: string;
  why?: string;
}

export interface ShiftLabels {
  shifts: LabelledShift[];
  no_alert_articles: string[];
}

export interface ScoreOptions {
  /**
   * Also require the deciding article to be the labelled one or one of its copies
   * (the README's optional stricter matching).
   * @default false
   */
  requireLabelledArticle?: boolean;
  /** Copy article id -> original article id (dev: 004 -> 003, 016 -> 015, 052 -> 051). */
  duplicates?: Map<string, string>;
}

export type FalseAlertReason =
  | 'not a labelled shift'
  | 'repeat of an already alerted shift'
  | 'decided before the labelled article'
  | 'decided after the position had moved on'
  | 'decided by another article than the labelled one';

export interface ShiftScore {
  alerts: number;
  labelled: number;
  truePositives: number;
  /** truePositives / alerts (1 when there are no alerts). */
  precision: number;
  /** truePositives / labelled (1 when nothing is labelled). */
  recall: number;
  /** Alerts decided by an article in `no_alert_articles`. */
  falseAlarms: number;
  matched: { alert: ScoredAlert; article?: string; label: LabelledShift }[];
  misses: (LabelledShift & { url?: string })[];
  falseAlerts: (ScoredAlert & { article?: string; reason: FalseAlertReason })[];
  falseAlarmAlerts: (ScoredAlert & { article: string })[];
}

const byArticle = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const tupleKey = (x: { actor: string; issue: string; from: string; to: string }) => `${x.actor}|${x.issue}|${x.from}|${x.to}`;

/**
 * Scores replayed alerts against labels.
 *
 * @example
 * const score = scoreShiftAlerts(alerts.map((a) => ({ ...a, evidenceUrl: a.evidence[0].url })), labels, urlById);
 * console.log(score.precision, score.recall, score.falseAlarms);
 */
export function scoreShiftAlerts(
  alerts: ScoredAlert[],
  labels: ShiftLabels,
  articleUrlById: Map<string, string>,
  options: ScoreOptions = {},
): ShiftScore {
  const idByUrl = new Map<string, string>();
  for (const [id, url] of articleUrlById) idByUrl.set(url, id);
  const noAlert = new Set(labels.no_alert_articles);
  const original = (id: string) => options.duplicates?.get(id) ?? id;

  // The window in which a labelled shift can be alerted: from its article until the next
  // labelled shift of the same (actor, issue).
  const labelled = [...labels.shifts].sort((a, b) => byArticle(a.article, b.article));
  const windowEnd = new Map<LabelledShift, string | undefined>();
  labelled.forEach((l, i) => {
    const next = labelled.slice(i + 1).find((m) => m.actor === l.actor && m.issue === l.issue && m.article !== l.article);
    windowEnd.set(l, next?.article);
  });

  // Alerts in article order (unknown articles last, else as given) for deterministic matching.
  const indexed = alerts.map((alert, i) => ({ alert, i, article: idByUrl.get(alert.evidenceUrl) }));
  indexed.sort((a, b) => {
    if (a.article && b.article) return byArticle(a.article, b.article) || a.i - b.i;
    if (a.article) return -1;
    if (b.article) return 1;
    return a.i - b.i;
  });

  const used = new Set<LabelledShift>();
  const matched: ShiftScore['matched'] = [];
  const falseAlerts: ShiftScore['falseAlerts'] = [];
  const falseAlarmAlerts: ShiftScore['falseAlarmAlerts'] = [];

  for (const { alert, article } of indexed) {
    if (article && noAlert.has(article)) falseAlarmAlerts.push({ ...alert, article });
    const sameTuple = labelled.filter((l) => tupleKey(l) === tupleKey(alert));
    const inWindow = (l: LabelledShift): FalseAlertReason | undefined => {
      if (article === undefined) return undefined;
      if (byArticle(article, l.article) < 0) return 'decided before the labelled article';
      const end = windowEnd.get(l);
      if (end !== undefined && byArticle(article, end) >= 0) return 'decided after the position had moved on';
      if (options.requireLabelledArticle && original(article) !== original(l.article)) {
        return 'decided by another article than the labelled one';
      }
      return undefined;
    };
    const label = sameTuple.find((l) => !used.has(l) && inWindow(l) === undefined);
    if (label) {
      used.add(label);
      matched.push({ alert, article, label });
      continue;
    }
    let reason: FalseAlertReason = 'not a labelled shift';
    if (sameTuple.some((l) => used.has(l) && inWindow(l) === undefined)) reason = 'repeat of an already alerted shift';
    else if (sameTuple.length > 0) reason = inWindow(sameTuple.find((l) => !used.has(l)) ?? sameTuple[0]) ?? reason;
    falseAlerts.push({ ...alert, ...(article ? { article } : {}), reason });
  }

  const misses = labelled
    .filter((l) => !used.has(l))
    .map((l) => ({ ...l, ...(articleUrlById.has(l.article) ? { url: articleUrlById.get(l.article) } : {}) }));
  const tp = matched.length;
  return {
    alerts: alerts.length,
    labelled: labelled.length,
    truePositives: tp,
    precision: alerts.length === 0 ? 1 : tp / alerts.length,
    recall: labelled.length === 0 ? 1 : tp / labelled.length,
    falseAlarms: falseAlarmAlerts.length,
    matched,
    misses,
    falseAlerts,
    falseAlarmAlerts,
  };
}

import { relative } from 'node:path';
import { loadBundle } from '../../shared/config.js';
import { checkWatchlist } from '../../shared/domain/reading/watchlist-check.js';
import { processStory } from '../../shared/use-cases/process-story.js';
import {
  alertHorizon,
  byPublication,
  countOutcome,
  fetchFeedStories,
  type IngestReport,
} from '../../shared/use-cases/ingest-feed.js';
import type { Story } from '../../shared/domain/types.js';
import { alertJson } from '../../shared/adapters/local/local-alert-publisher.js';
import { openLocalPipeline } from '../local-pipeline.js';
import { describeAlert, type Output } from '../output.js';
import { hostOf, runWithHostLimit } from '../../shared/domain/feed/host-pool.js';

export interface RunOptions {
  configPath: string;
  out: Output;
  now?: Date;
}

/**
 * `shiftwatch run`: one pass over the configured feeds. Feeds are fetched concurrently
 * (bounded pool, a per-host cap), then every new item from every feed goes through the
 * pipeline in publication order, so the feed that carried a story first decides its alert.
 */
export async function runCommand(options: RunOptions): Promise<number> {
  const { out } = options;
  const { config, watchlist } = loadBundle(options.configPath);
  const now = options.now ?? new Date();
  out.info(
    `shiftwatch run: ${config.feeds.length} feed(s), watchlist ${rel(config.watchlist)} (${watchlist.actors.length} actors, ${watchlist.issues.length} issues), store ${rel(config.store)}`,
  );
  // (a misread watchlist misreads every story: say so up front, the details are one command away)
  const { warnings } = checkWatchlist(watchlist);
  if (warnings.length > 0) {
    out.info(`watchlist: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}; \`shiftwatch watchlist ${rel(config.watchlist)}\` shows ${warnings.length === 1 ? 'it' : 'them'} and how each issue is read`);
  }
  const pipeline = await openLocalPipeline({
    storeDir: config.store,
    watchlist,
    alertsFile: config.alertsFile,
    onAlert: (alert) => (out.json ? out.result(alertJson(alert)) : out.info(describeAlert(alert))),
    fetch: config.fetch,
    shifts: config.shifts,
    horizonHours: config.horizonHours,
  });
  try {
    const fetched: { report: IngestReport; stories: Story[] }[] = new Array(config.feeds.length);
    let done = 0;
    const settled = await runWithHostLimit(
      config.feeds.map((feed, index) => ({
        host: hostOf(feed.url),
        run: async () => {
          const result = await fetchFeedStories(feed, pipeline.deps, now);
          fetched[index] = result;
          out.info(`[${++done}/${config.feeds.length}] ${progressLine(result.report)}`);
        },
      })),
      { concurrency: config.fetch.concurrency, perHost: config.fetch.perHostConcurrency },
    );
    // A rejected fetch is a store or programming error, not a bad feed: stop the run.
    for (const result of settled) if (result.status === 'rejected') throw result.reason;

    const horizon = alertHorizon(now, config.horizonHours);
    const queue = fetched.flatMap(({ report, stories }) => stories.map((story) => ({ report, story })));
    queue.sort((a, b) => byPublication(a.story, b.story));
    for (const { report, story } of queue) {
      countOutcome(report, await processStory(story, pipeline.deps, { now, alertHorizon: horizon }));
    }

    const reports = fetched.map((f) => f.report);
    for (const report of reports) if (report.status === 'ok') out.info(`  ${label(report)}: ${report.newStories} new, ${report.claims} claims, ${report.alerts.length} alerts`);
    out.info(summaryLine(reports, await pipeline.deps.stories.count(), config.alertsFile));
    return 0;
  } finally {
    await pipeline.close();
  }
}

function progressLine(report: IngestReport): string {
  switch (report.status) {
    case 'ok':
      return `${label(report)}: fetched ${report.items} item(s)`;
    case 'not-modified':
      return `${label(report)}: not modified since last fetch`;
    case 'resting':
      return `${label(report)}: skipped, ${report.reason}`;
    case 'failed':
      return `${label(report)}: FAILED ${report.reason}`;
  }
}

function summaryLine(reports: IngestReport[], storiesInStore: number, alertsFile: string): string {
  const sum = (f: (r: IngestReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const count = (status: IngestReport['status']) => reports.filter((r) => r.status === status).length;
  const alerts = sum((r) => r.alerts.length);
  const parts = [
    `${reports.length} feeds (${count('ok')} ok, ${count('not-modified')} not modified, ${count('resting')} resting, ${count('failed')} failed)`,
    `${sum((r) => r.items)} items`,
    `${sum((r) => r.newStories)} new stories (${sum((r) => r.duplicates)} near-duplicate copies)`,
    `${sum((r) => r.claims)} claims`,
    `${alerts} alert(s)${alerts ? ` -> ${rel(alertsFile)}` : ''}`,
  ];
  const suppressed = sum((r) => r.suppressedShifts);
  if (suppressed) parts.push(`${suppressed} shift(s) older than the horizon, not alerted`);
  const failures = sum((r) => r.publishFailures);
  if (failures) parts.push(`${failures} alert(s) failed to publish and stay in the outbox`);
  return `summary: ${parts.join(', ')}; ${storiesInStore} stories in store`;
}

function label(report: IngestReport): string {
  return report.name ?? report.feed;
}

function rel(path: string): string {
  const r = relative(process.cwd(), path);
  return r.startsWith('..') ? path : r || '.';
}

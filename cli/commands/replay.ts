import { resolve } from 'node:path';
import type { ShiftOverrides } from '../../shared/config.js';
import type { Watchlist } from '../../shared/domain/watchlist.js';
import type { Story } from '../../shared/domain/types.js';
import { processStory } from '../../shared/use-cases/process-story.js';
import { byPublication, fetchFeedStories } from '../../shared/use-cases/ingest-feed.js';
import { alertJson } from '../../shared/adapters/local/local-alert-publisher.js';
import { openLocalPipeline } from '../local-pipeline.js';
import { describeAlert, type Output } from '../output.js';

export interface ReplayOptions {
  feeds: string[];
  watchlist: Watchlist;
  storeDir?: string;
  alertsFile?: string;
  /** Shift thresholds other than the defaults (the config's `shifts` section; evaluation sweeps). */
  shifts?: ShiftOverrides;
  out: Output;
}

/**
 * `shiftwatch replay`: every item of every feed, sorted by publication time, through the
 * whole pipeline as if it had arrived then. The clock is each item's publication time and
 * there is no alert horizon, so a year of archived feeds replays exactly as it would have run.
 * Exit 0 when at least one feed could be read, else 1.
 */
export async function replayCommand(options: ReplayOptions): Promise<number> {
  const { out } = options;
  const pipeline = await openLocalPipeline({
    storeDir: options.storeDir,
    watchlist: options.watchlist,
    alertsFile: options.alertsFile,
    onAlert: (alert) => (out.json ? out.result(alertJson(alert)) : out.result(describeAlert(alert))),
    shifts: options.shifts,
    // Replay reads what it is told to, including feeds on this machine's own test servers.
    fetch: { allowHosts: ['127.0.0.1', 'localhost', '::1'] },
  });
  try {
    const stories: Story[] = [];
    let readable = 0;
    // Replay reads feeds in the order given; the fetch clock is irrelevant (no feed state is kept between replays).
    const fetchClock = new Date();
    for (const feed of options.feeds) {
      const url = /^https?:\/\//i.test(feed) ? feed : resolve(feed);
      const { report, stories: items } = await fetchFeedStories({ url }, { ...pipeline.deps, feedStates: noFeedState }, fetchClock);
      if (report.status === 'failed') {
        out.warn(`replay: cannot read feed ${report.reason}`);
        continue;
      }
      readable++;
      stories.push(...items);
    }
    if (readable === 0) {
      out.warn('replay: no feed could be read');
      return 1;
    }
    stories.sort(byPublication);
    let alerts = 0;
    let claims = 0;
    for (const story of stories) {
      const published = new Date(story.published);
      const outcome = await processStory(story, pipeline.deps, { now: published });
      alerts += outcome.alerts.length;
      claims += outcome.claims.length;
    }
    out.info(`replay: ${readable} feed(s), ${stories.length} items, ${claims} claims, ${alerts} alert(s)`);
    return 0;
  } finally {
    await pipeline.close();
  }
}

/** Replay keeps no fetch state: every feed is read in full, every time. */
const noFeedState = {
  get: async () => undefined,
  getMany: async () => new Map(),
  put: async () => {},
};

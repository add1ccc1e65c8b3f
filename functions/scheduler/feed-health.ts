import { DEFAULT_SCHEDULE, type ScheduleSettings } from '../../shared/domain/feed/schedule.js';
import type { FeedState } from '../../shared/ports/feed-fetcher.js';

const MINUTE = 60_000;
export const DAY_MS = 24 * 60 * MINUTE;

/**
 * How long a feed has gone without a successful fetch: 0 when its last fetch succeeded, else
 * the time since `failingSince`. States written before that field existed fall back to an
 * estimate: a failing feed rests between attempts with doubling back-off
 * (shared/domain/feed/schedule.ts), so n consecutive failures span at least the n-1 rests
 * before the latest attempt, plus the time since it.
 *
 * @example failingForMs({ url, consecutiveFailures: 2, lastFetchedAt: '...T10:00Z' }, new Date('...T10:30Z')) // 45 min
 */
export function failingForMs(state: FeedState | undefined, now: Date, schedule: ScheduleSettings = DEFAULT_SCHEDULE): number {
  const failures = state?.consecutiveFailures ?? 0;
  if (!state || failures === 0) return 0;
  const since = state.failingSince ? Date.parse(state.failingSince) : NaN;
  if (!Number.isNaN(since)) return Math.max(0, now.getTime() - since);
  if (!state.lastFetchedAt) return 0;
  const last = Date.parse(state.lastFetchedAt);
  if (Number.isNaN(last)) return 0;
  let span = Math.max(0, now.getTime() - last);
  for (let k = 1; k < failures; k++) {
    span += Math.min(schedule.backoffBaseMinutes * MINUTE * 2 ** Math.min(k - 1, 30), schedule.maxRestMinutes * MINUTE);
  }
  return span;
}

/** The URLs of feeds that have not been fetched successfully for at least a day. */
export function feedsFailingForADay(states: Iterable<FeedState | undefined>, now: Date): string[] {
  const urls: string[] = [];
  for (const state of states) if (state && failingForMs(state, now) >= DAY_MS) urls.push(state.url);
  return urls;
}

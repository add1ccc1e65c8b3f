import type { FeedErrorKind } from '../errors.js';
import type { FeedState } from '../../ports/feed-fetcher.js';

/** How often feeds may be fetched and how hard failures back off. */
export interface ScheduleSettings {
  /** Rest after a success unless the publisher asks for longer. Default 0 (fetch on every pass). */
  minIntervalMinutes: number;
  /** First back-off after a failure; doubles with each consecutive failure. Default 15. */
  backoffBaseMinutes: number;
  /** Longest rest of any kind (back-off, Retry-After, max-age, ttl). Default 1440 (a day). */
  maxRestMinutes: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  minIntervalMinutes: 0,
  backoffBaseMinutes: 15,
  maxRestMinutes: 24 * 60,
};

/** What happened on one fetch, in the terms the schedule needs. */
export type FetchOutcome =
  | {
      kind: 'ok';
      etag?: string;
      lastModified?: string;
      /** Cache-Control max-age, seconds. */
      maxAgeSeconds?: number;
      /** RSS `<ttl>`, minutes. */
      ttlMinutes?: number;
      /** Where a permanent redirect moved the feed. */
      movedTo?: string;
    }
  | { kind: 'not-modified'; maxAgeSeconds?: number; movedTo?: string }
  | {
      kind: 'failed';
      error: { kind: FeedErrorKind | string; message: string; retryAfterSeconds?: number };
      /** Overrides error.retryAfterSeconds. */
      retryAfterSeconds?: number;
    };

const MINUTE = 60_000;

function later(a: string | undefined, b: Date | undefined): { at?: Date; fromPrev: boolean } {
  const prev = a ? new Date(a) : undefined;
  if (prev && !Number.isNaN(prev.getTime()) && (!b || prev > b)) return { at: prev, fromPrev: true };
  return { at: b, fromPrev: false };
}

/**
 * The feed's state after a fetch: validators kept for conditional GET, failures counted,
 * and, when it must wait, until when and why (Retry-After, exponential back-off,
 * Cache-Control max-age, RSS ttl). A feed is never disabled: the longest rest is
 * `maxRestMinutes`. Pure: the clock is an argument.
 *
 * @example nextFetchState(prev, { kind: 'failed', error }, now) // { ..., consecutiveFailures: 2, restingUntil: now+30min, restReason: '2 consecutive failures: ...' }
 */
export function nextFetchState(
  prev: FeedState | undefined,
  outcome: FetchOutcome,
  now: Date,
  settings: Partial<ScheduleSettings> = {},
): FeedState {
  const s = { ...DEFAULT_SCHEDULE, ...settings };
  const maxRestMs = s.maxRestMinutes * MINUTE;
  const base: FeedState = { url: prev?.url ?? '', ...prev, lastFetchedAt: now.toISOString() };

  if (outcome.kind === 'failed') {
    const failures = (prev?.consecutiveFailures ?? 0) + 1;
    const retryAfter = outcome.retryAfterSeconds ?? outcome.error.retryAfterSeconds;
    let restMs: number;
    let reason: string;
    if (retryAfter !== undefined && retryAfter > 0) {
      restMs = Math.min(retryAfter * 1000, maxRestMs);
      reason = `server asked to retry after ${Math.round(retryAfter)} s (${outcome.error.kind})`;
    } else {
      restMs = Math.min(s.backoffBaseMinutes * MINUTE * 2 ** Math.min(failures - 1, 30), maxRestMs);
      reason = `${failures} consecutive failure${failures > 1 ? 's' : ''}, backing off ${Math.round(restMs / MINUTE)} min`;
    }
    const firstLine = outcome.error.message.split('\n')[0] ?? '';
    return {
      ...base,
      consecutiveFailures: failures,
      // Kept across the run of failures, so "failing for a day" is exact, not estimated from back-off.
      failingSince: failures > 1 && prev?.failingSince ? prev.failingSince : now.toISOString(),
      lastError: firstLine,
      restingUntil: new Date(now.getTime() + restMs).toISOString(),
      restReason: `${reason}: ${firstLine}`,
    };
  }

  const state: FeedState = { ...base, consecutiveFailures: 0 };
  delete state.lastError;
  delete state.failingSince;
  if (outcome.kind === 'ok') {
    if (outcome.etag !== undefined) state.etag = outcome.etag;
    if (outcome.lastModified !== undefined) state.lastModified = outcome.lastModified;
  }
  if (outcome.movedTo) state.movedTo = outcome.movedTo;

  const candidates: { ms: number; reason: string }[] = [];
  if (s.minIntervalMinutes > 0) candidates.push({ ms: s.minIntervalMinutes * MINUTE, reason: `minimum interval ${s.minIntervalMinutes} min` });
  if (outcome.maxAgeSeconds && outcome.maxAgeSeconds > 0) {
    candidates.push({ ms: outcome.maxAgeSeconds * 1000, reason: `Cache-Control max-age=${outcome.maxAgeSeconds}` });
  }
  if (outcome.kind === 'ok' && outcome.ttlMinutes && outcome.ttlMinutes > 0) {
    candidates.push({ ms: outcome.ttlMinutes * MINUTE, reason: `RSS ttl ${outcome.ttlMinutes} min` });
  }
  const longest = candidates.sort((a, b) => b.ms - a.ms)[0];
  const wanted = longest ? new Date(now.getTime() + Math.min(longest.ms, maxRestMs)) : undefined;
  // A rest set earlier in this same fetch (max-age from the fetcher, ttl from the parser) is kept if longer.
  const keepPrev = prev?.restingUntil && !prev.consecutiveFailures && new Date(prev.restingUntil) > now;
  const chosen = later(keepPrev ? prev?.restingUntil : undefined, wanted);
  if (chosen.at) {
    state.restingUntil = chosen.at.toISOString();
    state.restReason = chosen.fromPrev ? prev?.restReason : longest?.reason;
  } else {
    delete state.restingUntil;
    delete state.restReason;
  }
  return state;
}

/**
 * True when the feed may be fetched at `now` (never fetched, or its rest is over).
 *
 * @example if (isDue(await states.get(url), now)) await fetcher.fetch(feed, state)
 */
export function isDue(state: FeedState | undefined, now: Date): boolean {
  if (!state?.restingUntil) return true;
  const until = new Date(state.restingUntil).getTime();
  return Number.isNaN(until) || now.getTime() >= until;
}

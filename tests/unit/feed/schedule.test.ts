import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../shared/domain/errors.js';
import { FeedHttpError } from '../../../shared/domain/feed/fetch-error.js';
import { isDue, nextFetchState } from '../../../shared/domain/feed/schedule.js';

const now = new Date('2026-01-01T12:00:00Z');
const url = 'https://n.example/rss';
const minutesLater = (iso: string | undefined) => (Date.parse(iso!) - now.getTime()) / 60_000;

describe('Function: nextFetchState', () => {
  it('keeps validators and clears failures on success', () => {
    const state = nextFetchState({ url, consecutiveFailures: 3, lastError: 'x', restingUntil: '2025-12-31T00:00:00Z' }, { kind: 'ok', etag: '"v2"', lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT' }, now);
    expect(state).toMatchObject({ url, etag: '"v2"', lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT', consecutiveFailures: 0, lastFetchedAt: now.toISOString() });
    expect(state.lastError).toBeUndefined();
    expect(isDue(state, now)).toBe(true);
  });

  it('backs off exponentially on repeated failures, capped, and says why', () => {
    let state = { url };
    const rests: number[] = [];
    for (let i = 0; i < 10; i++) {
      state = nextFetchState(state, { kind: 'failed', error: new FeedError(url, 'unreachable', 'unreachable (connection refused)') }, now);
      rests.push(minutesLater((state as { restingUntil?: string }).restingUntil));
    }
    expect(rests.slice(0, 5)).toEqual([15, 30, 60, 120, 240]);
    expect(Math.max(...rests)).toBe(24 * 60);
    expect(state).toMatchObject({ consecutiveFailures: 10, lastError: `${url}: unreachable (connection refused)` });
    expect((state as { restReason?: string }).restReason).toMatch(/10 consecutive failures.*connection refused/);
  });

  it('records when a run of failures began, keeps it while failing, and clears it on success', () => {
    const failure = { kind: 'failed' as const, error: new FeedError(url, 'unreachable', 'unreachable (connection refused)') };
    const first = nextFetchState({ url }, failure, now);
    const later = new Date(now.getTime() + 6 * 3_600_000);
    const second = nextFetchState(first, failure, later);
    expect(first.failingSince).toBe(now.toISOString());
    expect(second.failingSince).toBe(now.toISOString());
    const recovered = nextFetchState(second, { kind: 'ok' }, later);
    expect(recovered.failingSince).toBeUndefined();
    expect(nextFetchState(recovered, failure, later).failingSince).toBe(later.toISOString());
  });

  it('honours Retry-After from a 429/503', () => {
    const error = new FeedHttpError(url, 'http-status', 'HTTP 429 Too Many Requests (retry after 7200 s)', 429, 7200);
    const state = nextFetchState({ url }, { kind: 'failed', error }, now);
    expect(minutesLater(state.restingUntil)).toBe(120);
    expect(state.restReason).toMatch(/retry after 7200 s/);
    expect(isDue(state, now)).toBe(false);
    expect(isDue(state, new Date(now.getTime() + 121 * 60_000))).toBe(true);
  });

  it('rests for the longer of Cache-Control max-age and RSS ttl', () => {
    const fromFetcher = nextFetchState({ url }, { kind: 'ok', maxAgeSeconds: 600 }, now);
    expect(minutesLater(fromFetcher.restingUntil)).toBe(10);
    const withTtl = nextFetchState(fromFetcher, { kind: 'ok', ttlMinutes: 60 }, now);
    expect(minutesLater(withTtl.restingUntil)).toBe(60);
    expect(withTtl.restReason).toBe('RSS ttl 60 min');
    const shorterTtl = nextFetchState(fromFetcher, { kind: 'ok', ttlMinutes: 5 }, now);
    expect(minutesLater(shorterTtl.restingUntil)).toBe(10);
    expect(shorterTtl.restReason).toBe('Cache-Control max-age=600');
  });

  it('records a permanent move and keeps validators on 304', () => {
    const state = nextFetchState({ url, etag: '"a"' }, { kind: 'not-modified', movedTo: 'https://n.example/new' }, now);
    expect(state).toMatchObject({ etag: '"a"', movedTo: 'https://n.example/new', consecutiveFailures: 0 });
  });
});

describe('Function: isDue', () => {
  it('is due when never fetched or the rest is over', () => {
    expect(isDue(undefined, now)).toBe(true);
    expect(isDue({ url, restingUntil: '2026-01-01T12:00:00Z' }, now)).toBe(true);
    expect(isDue({ url, restingUntil: '2026-01-01T12:00:01Z' }, now)).toBe(false);
  });
});

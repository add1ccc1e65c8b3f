import { describe, expect, it } from 'vitest';
import { formatFeedMessage, parseFeedMessage } from '../../functions/feed-message.js';
import { getStringFromEnv } from '../../functions/runtime.js';
import { DAY_MS, failingForMs, feedsFailingForADay } from '../../functions/scheduler/feed-health.js';
import { ConfigError } from '../../shared/domain/errors.js';

const now = new Date('2026-03-10T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('Function: failingForMs', () => {
  it.each([
    ['a feed never fetched', undefined, 0],
    ['a feed whose last fetch succeeded', { url: 'u', consecutiveFailures: 0, lastFetchedAt: minutesAgo(30) }, 0],
    // One failure 10 min ago: failing for 10 min.
    ['one failure', { url: 'u', consecutiveFailures: 1, lastFetchedAt: minutesAgo(10) }, 10],
    // Three failures: rests of 15 and 30 min before the last attempt, 5 min ago.
    ['three failures', { url: 'u', consecutiveFailures: 3, lastFetchedAt: minutesAgo(5) }, 15 + 30 + 5],
    // Rests cap at a day: 10 failures = 15+30+60+120+240+480+960+1440+1440 = 4785 min before the last.
    ['ten failures', { url: 'u', consecutiveFailures: 10, lastFetchedAt: minutesAgo(0) }, 4785],
    // With failingSince the span is exact, whatever the back-off.
    ['failing since a known time', { url: 'u', consecutiveFailures: 2, lastFetchedAt: minutesAgo(1), failingSince: minutesAgo(1500) }, 1500],
  ])('%s', (_, state, minutes) => {
    expect(failingForMs(state, now)).toBe(minutes * 60_000);
  });
});

describe('Function: feedsFailingForADay', () => {
  it('lists feeds without a success for 24 hours and no others', () => {
    const states = [
      { url: 'https://ok.example/rss', consecutiveFailures: 0, lastFetchedAt: minutesAgo(15) },
      // 7 failures span 15+30+60+120+240+480 = 945 min, plus 495 since the last: exactly a day.
      { url: 'https://dead.example/rss', consecutiveFailures: 7, lastFetchedAt: minutesAgo(495) },
      { url: 'https://flaky.example/rss', consecutiveFailures: 7, lastFetchedAt: minutesAgo(494) },
      undefined,
    ];
    expect(feedsFailingForADay(states, now)).toEqual(['https://dead.example/rss']);
    expect(DAY_MS).toBe(1440 * 60_000);
  });
});

describe('Function: parseFeedMessage', () => {
  it('round-trips a feed and its correlation id', () => {
    const message = { feed: { url: 'https://example.org/rss', name: 'Example' }, correlationId: 'run-1' };
    expect(parseFeedMessage(formatFeedMessage(message))).toEqual(message);
  });

  it.each(['not json', '{}', '{"feed":{"url":"/etc/passwd"}}', '{"feed":{"url":"ftp://x.org/f"}}'])('throws on %s', (body) => {
    expect(() => parseFeedMessage(body)).toThrow();
  });
});

describe('Function: getStringFromEnv', () => {
  it('returns the trimmed value', () => {
    expect(getStringFromEnv({ key: 'X', env: { X: ' v ' } })).toBe('v');
  });

  it('throws a one-line ConfigError naming the variable when it is missing or blank', () => {
    for (const env of [{}, { X: '  ' }]) {
      expect(() => getStringFromEnv({ key: 'X', env })).toThrow(ConfigError);
      expect(() => getStringFromEnv({ key: 'X', env })).toThrow('environment variable X is required (it is set by the CDK stack)');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { hostOf, runWithHostLimit } from '../../../shared/domain/feed/host-pool.js';

describe('Function: runWithHostLimit', () => {
  it('never exceeds the per-host or global cap, and returns results in order', async () => {
    const active = new Map<string, number>();
    let maxPerHost = 0;
    let running = 0;
    let maxRunning = 0;
    const tasks = Array.from({ length: 20 }, (_, i) => {
      const host = i % 3 === 0 ? 'a.example' : `h${i}.example`;
      return {
        host,
        run: async () => {
          active.set(host, (active.get(host) ?? 0) + 1);
          running++;
          maxPerHost = Math.max(maxPerHost, active.get('a.example') ?? 0);
          maxRunning = Math.max(maxRunning, running);
          await new Promise((r) => setTimeout(r, 2));
          active.set(host, active.get(host)! - 1);
          running--;
          if (i === 5) throw new Error('boom');
          return i;
        },
      };
    });
    const results = await runWithHostLimit(tasks, { concurrency: 4, perHost: 1 });
    expect(maxPerHost).toBe(1);
    expect(maxRunning).toBe(4);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual(
      Array.from({ length: 20 }, (_, i) => (i === 5 ? 'failed' : i)),
    );
  });

  it('handles no tasks', async () => {
    expect(await runWithHostLimit([], { concurrency: 2, perHost: 1 })).toEqual([]);
  });
});

describe('Function: hostOf', () => {
  it.each([
    ['https://News.example/rss', 'news.example'],
    ['samples/feeds/a.xml', 'local'],
    ['file:///tmp/a.xml', 'local'],
  ])('%s -> %s', (url, host) => expect(hostOf(url)).toBe(host));
});

/** A unit of work tagged with the host it will hit. */
export interface HostTask<T> {
  host: string;
  run: () => Promise<T>;
}

export interface HostLimits {
  /** Tasks in flight overall. */
  concurrency: number;
  /** Tasks in flight per host, so one publisher with many feeds is not hammered. */
  perHost: number;
}

/**
 * Runs tasks with a global and a per-host concurrency cap, starting them in the given
 * order whenever their host has a free slot. Never rejects: results come back in
 * input order as settled results.
 *
 * @example await runWithHostLimit(feeds.map((f) => ({ host: hostOf(f.url), run: () => ingest(f) })), { concurrency: 8, perHost: 2 })
 */
export function runWithHostLimit<T>(tasks: readonly HostTask<T>[], limits: HostLimits): Promise<PromiseSettledResult<T>[]> {
  const concurrency = Math.max(1, Math.floor(limits.concurrency));
  const perHost = Math.max(1, Math.floor(limits.perHost));
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  const waiting = tasks.map((_, i) => i);
  const active = new Map<string, number>();
  let running = 0;
  let done = 0;

  return new Promise((resolve) => {
    if (tasks.length === 0) return resolve(results);
    const pump = (): void => {
      for (let k = 0; k < waiting.length && running < concurrency; ) {
        const index = waiting[k]!;
        const task = tasks[index]!;
        if ((active.get(task.host) ?? 0) >= perHost) {
          k++;
          continue;
        }
        waiting.splice(k, 1);
        running++;
        active.set(task.host, (active.get(task.host) ?? 0) + 1);
        Promise.resolve()
          .then(task.run)
          .then(
            (value) => (results[index] = { status: 'fulfilled', value }),
            (reason: unknown) => (results[index] = { status: 'rejected', reason }),
          )
          .finally(() => {
            running--;
            active.set(task.host, active.get(task.host)! - 1);
            if (++done === tasks.length) resolve(results);
            else pump();
          });
      }
    };
    pump();
  });
}

/**
 * The host a feed URL or path will hit; local files share one pseudo-host.
 *
 * @example hostOf('https://News.example/rss') // 'news.example'
 */
export function hostOf(feedUrl: string): string {
  try {
    const url = new URL(feedUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : 'local';
  } catch {
    return 'local';
  }
}

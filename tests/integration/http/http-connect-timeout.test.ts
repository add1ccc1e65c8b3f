import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../../shared/adapters/http/http-feed-fetcher.js';
import { FeedError } from '../../../shared/domain/errors.js';
import type { Story } from '../../../shared/domain/types.js';
import type { FeedSource, FeedState, FeedStateStore } from '../../../shared/ports/feed-fetcher.js';
import type { StoryStore } from '../../../shared/ports/story-store.js';
import { fetchFeedStories } from '../../../shared/use-cases/ingest-feed.js';

// A connect that never completes, on loopback only: a listener that never accepts, with a
// backlog of 0 and its accept queue already filled by the listener's own connections, so
// Linux drops every further SYN (tcp_abort_on_overflow = 0: dropped, not reset) and the
// client sits in SYN-SENT, retrying. Node's net.Server always accepts, hence python3.
const HOLDER = `
import select, socket, sys
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(0)
port = s.getsockname()[1]
fill = []
for _ in range(2):
    c = socket.socket()
    c.setblocking(False)
    c.connect_ex(('127.0.0.1', port))
    fill.append(c)
select.select([], fill, [], 2.0)
print(port, flush=True)
sys.stdin.read()
`;
const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local</title>
<item><title>One</title><link>https://local.example/1</link><pubDate>Tue, 10 Sep 2024 08:00:00 GMT</pubDate></item></channel></rss>`;
const now = new Date('2026-01-01T12:00:00Z');
const CONNECT_MS = 300;
// Far above the connect timeout, and below vitest's 5 s test timeout, so a fetch that did
// connect (or a connect timeout that never fires) fails with this message, not a test timeout.
const TOTAL_MS = 4_000;

let holder: ChildProcessWithoutNullStreams;
let hangUrl: string;
let server: http.Server;
let base: string;
let probe: net.Socket;
let probeStarted: number;

const options = { allowHosts: ['127.0.0.1'], timeoutMs: TOTAL_MS, connectTimeoutMs: CONNECT_MS, maxBytes: 1_000_000, maxRedirects: 4, userAgent: 'shiftwatch-test/1 (+https://example.org/contact)', now: () => now };
const fetcher = new HttpFeedFetcher(options);

async function failure(url: string): Promise<{ error: FeedError; ms: number }> {
  const started = Date.now();
  try {
    await fetcher.fetch({ url });
  } catch (error) {
    if (error instanceof FeedError) return { error, ms: Date.now() - started };
    throw error;
  }
  throw new Error(`expected ${url} to fail`);
}

/** Just enough of the stores for fetchFeedStories: states in a Map, no story seen before. */
class MemoryFeedStates implements FeedStateStore {
  readonly states = new Map<string, FeedState>();
  async get(url: string): Promise<FeedState | undefined> {
    return this.states.get(url);
  }
  async getMany(urls: readonly string[]): Promise<Map<string, FeedState>> {
    return new Map(urls.flatMap((u) => (this.states.has(u) ? [[u, this.states.get(u)!] as const] : [])));
  }
  async put(state: FeedState): Promise<void> {
    this.states.set(state.url, state);
  }
}
const unused = (): never => {
  throw new Error('not used by fetchFeedStories');
};
const noStories: StoryStore = {
  processedIds: async () => new Set<string>(),
  saveIfNew: unused,
  get: unused,
  markProcessed: unused,
  isProcessed: unused,
} as unknown as StoryStore;

beforeAll(async () => {
  // Dropped SYNs hang a connect; with abort_on_overflow the kernel would refuse instead.
  expect(readFileSync('/proc/sys/net/ipv4/tcp_abort_on_overflow', 'utf8').trim()).toBe('0');
  holder = spawn('python3', ['-c', HOLDER]);
  const port = await new Promise<number>((resolve, reject) => {
    holder.once('error', (error) => reject(new Error(`python3 is needed to hold a connect open: ${error.message}`)));
    holder.stdout.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
  });
  hangUrl = `http://127.0.0.1:${port}/rss`;
  // A plain connect to the holder, checked at the end: it must still be pending then.
  probe = net.connect(port, '127.0.0.1');
  probe.on('error', () => undefined);
  probeStarted = Date.now();

  server = http.createServer((req, res) => {
    if (req.url === '/feed') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    if (req.url === '/to-hang') return void res.writeHead(302, { location: hangUrl }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  probe?.destroy();
  holder?.stdin.end();
  holder?.kill();
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server.close(resolve));
});

describe('Class: HttpFeedFetcher connect timeout against a loopback listener that never completes a handshake', () => {
  it('abandons the connect at connectTimeoutMs with a one-line timeout FeedError naming the feed', async () => {
    const { error, ms } = await failure(hangUrl);
    expect(error).toMatchObject({ kind: 'timeout', feed: hangUrl, message: `${hangUrl}: no connection within ${CONNECT_MS} ms` });
    expect(error.message).not.toMatch(/\n/);
    // Generous bounds only: not before the connect timeout, and long before the total one.
    expect(ms).toBeGreaterThanOrEqual(CONNECT_MS - 20);
    expect(ms).toBeLessThan(TOTAL_MS);
  });

  it('applies the connect timeout to a redirect hop as well', async () => {
    const { error, ms } = await failure(`${base}/to-hang`);
    expect(error).toMatchObject({ kind: 'timeout', message: `${base}/to-hang: no connection within ${CONNECT_MS} ms` });
    expect(ms).toBeLessThan(TOTAL_MS);
  });

  it('leaves the other feeds of the same run unaffected', async () => {
    const feedStates = new MemoryFeedStates();
    const deps = { fetcher, feedStates, stories: noStories };
    const feeds: FeedSource[] = [{ url: hangUrl, name: 'hung' }, { url: `${base}/feed`, name: 'local' }];
    const [hung, good] = await Promise.all(feeds.map((feed) => fetchFeedStories(feed, deps, now)));

    expect(hung!.report).toMatchObject({ status: 'failed', errorKind: 'timeout', reason: `${hangUrl}: no connection within ${CONNECT_MS} ms` });
    expect(feedStates.states.get(hangUrl)).toMatchObject({ consecutiveFailures: 1 });
    expect(good!.report).toMatchObject({ status: 'ok', items: 1 });
    expect(good!.stories.map((s: Story) => s.title)).toEqual(['One']);
    expect(feedStates.states.get(`${base}/feed`)?.consecutiveFailures ?? 0).toBe(0);
  });

  it('really hangs: a plain connect to the listener is still pending after 2 s', async () => {
    const wait = Math.max(0, 2_000 - (Date.now() - probeStarted));
    await new Promise((resolve) => setTimeout(resolve, wait));
    expect(probe.pending).toBe(true);
    expect(probe.destroyed).toBe(false);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFeedFetcher } from '../../../shared/adapters/http/http-feed-fetcher.js';
import { FeedError } from '../../../shared/domain/errors.js';
import { parseFeed } from '../../../shared/domain/feed/parse-feed.js';
import { isDue } from '../../../shared/domain/feed/schedule.js';

// Every request in this file goes to 127.0.0.1 (the only allow-listed host) or is refused
// before any connection is made.
const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local</title>
<item><title>One</title><link>https://local.example/1</link><pubDate>Tue, 10 Sep 2024 08:00:00 GMT</pubDate></item></channel></rss>`;
const RUSSIAN = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Вести</title><item><title>Переговоры в Москве</title><link>https://v.example/1</link></item></channel></rss>`;
const now = new Date('2026-01-01T12:00:00Z');

let server: http.Server;
let base: string;
let port: number;
const hits: Record<string, number> = {};
const seenHeaders: Record<string, http.IncomingHttpHeaders> = {};

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0]!;
  hits[path] = (hits[path] ?? 0) + 1;
  seenHeaders[path] = req.headers;
  const redirect = (status: number, location: string): void => void res.writeHead(status, { location }).end();
  switch (true) {
    case path === '/feed':
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Wed, 31 Dec 2025 10:00:00 GMT', 'cache-control': 'max-age=600' })
        .end(FEED);
    case path === '/limited':
      return void res.writeHead(429, { 'retry-after': '120' }).end('slow down');
    case path === '/unavailable':
      return void res.writeHead(503, { 'retry-after': new Date(now.getTime() + 3_600_000).toUTCString() }).end();
    case path === '/gone':
      return void res.writeHead(404).end('no');
    case path === '/moved':
      return redirect(301, '/feed');
    case path === '/temp':
      return redirect(302, `${base}/feed`);
    case path === '/loop-a':
      return redirect(302, '/loop-b');
    case path === '/loop-b':
      return redirect(302, '/loop-a');
    case path.startsWith('/chain/'):
      return redirect(302, `/chain/${Number(path.split('/')[2]) + 1}`);
    case path === '/to-forbidden':
      return redirect(302, `http://127.0.0.2:${port}/feed`);
    case path === '/to-file':
      return redirect(302, 'file:///etc/passwd');
    case path === '/gzip':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(FEED));
    case path === '/br':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }).end(brotliCompressSync(FEED));
    case path === '/deflate':
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }).end(deflateSync(FEED));
    case path === '/bomb':
      return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20_000_000, 0x20)));
    case path === '/big-declared':
      return void res.writeHead(200, { 'content-length': String(2_000_000) }).end(Buffer.alloc(2_000_000, 0x20));
    case path === '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/xml' });
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(50_000, 0x20));
      return void res.end();
    }
    case path === '/trickle': {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case path === '/wrong-charset':
      return void res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(iconv.encode(RUSSIAN, 'windows-1251'));
    default:
      res.writeHead(500).end();
  }
}

const options = { allowHosts: ['127.0.0.1'], timeoutMs: 2_000, connectTimeoutMs: 1_000, maxBytes: 1_000_000, maxRedirects: 4, userAgent: 'shiftwatch-test/1 (+https://example.org/contact)', now: () => now };
const fetcher = new HttpFeedFetcher(options);

async function failure(path: string, fetch = fetcher): Promise<FeedError> {
  try {
    await fetch.fetch({ url: path.startsWith('http') ? path : `${base}${path}` });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to fail`);
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('Class: HttpFeedFetcher against a local server', () => {
  it('fetches 200, then sends the validators and gets 304', async () => {
    const first = await fetcher.fetch({ url: `${base}/feed` });
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.state).toMatchObject({ url: `${base}/feed`, etag: '"v1"', lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT', restReason: 'Cache-Control max-age=600' });
    expect(seenHeaders['/feed']!['user-agent']).toBe(options.userAgent);
    expect(seenHeaders['/feed']!['accept-encoding']).toMatch(/gzip/);
    const parsed = await parseFeed(first.body, { feedUrl: first.finalUrl, contentType: first.contentType, fetchedAt: now });
    expect(parsed.stories.map((s) => s.title)).toEqual(['One']);

    const second = await fetcher.fetch({ url: `${base}/feed` }, first.state);
    expect(second.status).toBe('not-modified');
    expect(seenHeaders['/feed']!['if-none-match']).toBe('"v1"');
    expect(seenHeaders['/feed']!['if-modified-since']).toBe('Wed, 31 Dec 2025 10:00:00 GMT');
    expect(second.state.etag).toBe('"v1"');
  });

  it('reports 429 with its Retry-After, which rests the feed', async () => {
    const error = await failure('/limited');
    expect(error).toMatchObject({ kind: 'http-status', status: 429, retryAfterSeconds: 120 });
    expect(error.message).toBe(`${base}/limited: HTTP 429 Too Many Requests (retry after 120 s)`);
  });

  it('reads a Retry-After HTTP date on 503', async () => {
    expect(await failure('/unavailable')).toMatchObject({ kind: 'http-status', status: 503, retryAfterSeconds: 3600 });
  });

  it('reports 404 as not-found', async () => {
    expect(await failure('/gone')).toMatchObject({ kind: 'not-found', message: `${base}/gone: HTTP 404 Not Found` });
  });

  it('follows a permanent redirect and records where the feed moved', async () => {
    const result = await fetcher.fetch({ url: `${base}/moved` });
    expect(result.status).toBe('ok');
    expect(result.state.movedTo).toBe(`${base}/feed`);
    expect(result.state.url).toBe(`${base}/moved`);
    if (result.status === 'ok') expect(result.finalUrl).toBe(`${base}/feed`);
    // The next fetch goes straight to the new address.
    const before = hits['/moved'];
    await fetcher.fetch({ url: `${base}/moved` }, result.state);
    expect(hits['/moved']).toBe(before);
  });

  it('follows a temporary redirect without recording a move', async () => {
    const result = await fetcher.fetch({ url: `${base}/temp` });
    expect(result.status).toBe('ok');
    expect(result.state.movedTo).toBeUndefined();
  });

  it('detects a redirect loop', async () => {
    expect(await failure('/loop-a')).toMatchObject({ kind: 'too-many-redirects', message: expect.stringMatching(/redirect loop/) });
  });

  it('stops after maxRedirects', async () => {
    const error = await failure('/chain/0');
    expect(error).toMatchObject({ kind: 'too-many-redirects', message: expect.stringMatching(/more than 4 redirects/) });
    expect(hits['/chain/4']).toBe(1);
    expect(hits['/chain/5']).toBeUndefined();
  });

  it.each(['/gzip', '/br', '/deflate'])('decompresses %s', async (path) => {
    const result = await fetcher.fetch({ url: `${base}${path}` });
    expect(result.status === 'ok' && Buffer.from(result.body).toString()).toBe(FEED);
  });

  it('gives up on a trickling server at the total timeout', async () => {
    const slow = new HttpFeedFetcher({ ...options, timeoutMs: 400 });
    const started = Date.now();
    const error = await failure('/trickle', slow);
    expect(error).toMatchObject({ kind: 'timeout', message: `${base}/trickle: timed out after 400 ms` });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each(['/big-declared', '/big-chunked'])('refuses an oversized body (%s)', async (path) => {
    expect(await failure(path)).toMatchObject({ kind: 'too-large' });
  });

  it('stops a decompression bomb at the cap', async () => {
    expect(await failure('/bomb')).toMatchObject({ kind: 'too-large', message: expect.stringMatching(/after decompression/) });
  });

  it('survives a wrong charset header', async () => {
    const result = await fetcher.fetch({ url: `${base}/wrong-charset` });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.contentType).toBe('text/xml; charset=utf-8');
    const parsed = await parseFeed(result.body, { feedUrl: result.finalUrl, contentType: result.contentType, fetchedAt: now });
    expect(parsed.stories[0]!.title).toBe('Переговоры в Москве');
    expect(parsed.warnings.join(' ')).toMatch(/contradicts/);
  });

  it('refuses a redirect to a loopback address outside the allow-list, without connecting', async () => {
    const error = await failure('/to-forbidden');
    expect(error).toMatchObject({ kind: 'forbidden-address', message: `${base}/to-forbidden: refused to connect to 127.0.0.2 (loopback address)` });
  });

  it('refuses a redirect to a non-http scheme', async () => {
    expect(await failure('/to-file')).toMatchObject({ kind: 'forbidden-address', message: expect.stringMatching(/scheme "file"/) });
  });

  it('checks the address after DNS resolution (localhost is not on the allow-list by name)', async () => {
    const strict = new HttpFeedFetcher({ ...options, allowHosts: [] });
    const before = hits['/feed'];
    const error = await failure(`http://localhost:${port}/feed`, strict);
    expect(error.kind).toBe('forbidden-address');
    expect(error.message).toMatch(/refused to connect to localhost \((127\.0\.0\.1|::1), loopback address\)/);
    expect(hits['/feed']).toBe(before);
  });

  it('names the feed and the cause when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(`http://127.0.0.1:${closedPort}/rss`);
    expect(error).toMatchObject({ kind: 'unreachable', message: `http://127.0.0.1:${closedPort}/rss: unreachable (connection refused)` });
  });

  it('rests a failing feed until its Retry-After has passed', async () => {
    const { nextFetchState } = await import('../../../shared/domain/feed/schedule.js');
    const error = await failure('/limited');
    const state = nextFetchState({ url: `${base}/limited` }, { kind: 'failed', error }, now);
    expect(isDue(state, now)).toBe(false);
    expect(state.restingUntil).toBe(new Date(now.getTime() + 120_000).toISOString());
  });
});

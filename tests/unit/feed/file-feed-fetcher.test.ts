import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompositeFeedFetcher, FileFeedFetcher } from '../../../shared/adapters/local/file-feed-fetcher.js';
import type { FeedFetcher } from '../../../shared/ports/feed-fetcher.js';

const SAMPLE = '../shared/corpus/feeds/rust-rss/rss2sample.xml';

describe('Class: FileFeedFetcher', () => {
  it('reads a path and a file: URL', async () => {
    const fetcher = new FileFeedFetcher();
    for (const url of [SAMPLE, pathToFileURL(resolve(SAMPLE)).href]) {
      const result = await fetcher.fetch({ url });
      expect(result.status).toBe('ok');
      if (result.status === 'ok') expect(Buffer.from(result.body).toString()).toContain('<rss');
    }
  });

  it('names a missing file in a one-line not-found error', async () => {
    await expect(new FileFeedFetcher().fetch({ url: 'no/such/feed.xml' })).rejects.toMatchObject({ kind: 'not-found', message: 'no/such/feed.xml: no such file' });
  });

  it('refuses a file over the cap', async () => {
    await expect(new FileFeedFetcher({ maxBytes: 100 }).fetch({ url: SAMPLE })).rejects.toMatchObject({ kind: 'too-large' });
  });
});

describe('Class: CompositeFeedFetcher', () => {
  const marker = (name: string): FeedFetcher => ({ fetch: async (feed) => ({ status: 'not-modified', state: { url: feed.url, restReason: name } }) });
  const composite = new CompositeFeedFetcher({ http: marker('http'), file: marker('file') });

  it.each([
    ['https://n.example/rss', 'http'],
    ['HTTP://n.example/rss', 'http'],
    ['samples/feeds/a.xml', 'file'],
    ['file:///tmp/a.xml', 'file'],
  ])('routes %s to %s', async (url, expected) => {
    expect((await composite.fetch({ url })).state.restReason).toBe(expected);
  });

  it('refuses other schemes', async () => {
    await expect(composite.fetch({ url: 'gopher://old.example/1' })).rejects.toMatchObject({ kind: 'forbidden-address' });
  });
});

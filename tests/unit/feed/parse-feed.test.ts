import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../shared/domain/errors.js';
import { parseFeed, storyId } from '../../../shared/domain/feed/parse-feed.js';

const fetchedAt = new Date('2026-01-01T00:00:00Z');
const opts = { feedUrl: 'https://news.example/feeds/world.xml', fetchedAt };
const bytes = (s: string) => Buffer.from(s, 'utf8');

async function feedError(input: Uint8Array): Promise<FeedError> {
  try {
    await parseFeed(input, opts);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>World &amp; Co</title><ttl>30</ttl>
<item><title>Talks &lt;b&gt;resume&lt;/b&gt;</title><link>/2024/talks?utm_source=rss#top</link>
<guid isPermaLink="false">abc-1</guid><pubDate>Tue, 10 Sep 2024 08:00:00 +0200</pubDate>
<description>&lt;p&gt;Leaders &lt;a href="https://x"&gt;met&lt;/a&gt; in &lt;b&gt;Geneva&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>No date here</title><guid>urn:uuid:42</guid></item>
</channel></rss>`;

describe('Function: parseFeed', () => {
  it('turns RSS items into normalised stories', async () => {
    const parsed = await parseFeed(bytes(rss), opts);
    expect(parsed.title).toBe('World & Co');
    expect(parsed.ttlMinutes).toBe(30);
    const [first, second] = parsed.stories;
    expect(first).toMatchObject({
      url: 'https://news.example/2024/talks',
      title: 'Talks resume',
      published: '2024-09-10T06:00:00.000Z',
      source: 'World & Co',
      feed: opts.feedUrl,
      guid: 'abc-1',
    });
    expect(first!.id).toBe(storyId('https://news.example/2024/talks'));
    expect(first!.text).toBe('Leaders met in Geneva.\n\nSecond paragraph.');
    expect(first!.publishedGuessed).toBeUndefined();
    expect(first!.fingerprint).toMatch(/^[0-9a-f]{258}$/);
    expect(second).toMatchObject({ title: 'No date here', published: fetchedAt.toISOString(), publishedGuessed: true, guid: 'urn:uuid:42' });
    expect(second!.id).not.toBe(first!.id);
    expect(parsed.warnings.join(' ')).toMatch(/fetch time/);
  });

  it('resolves relative links against baseUrl but keeps feedUrl as the feed', async () => {
    const parsed = await parseFeed(bytes(rss), { ...opts, baseUrl: 'https://mirror.example/x/rss' });
    expect(parsed.stories[0]).toMatchObject({ url: 'https://mirror.example/2024/talks', feed: opts.feedUrl });
  });

  it('prefers the configured feed name as the source', async () => {
    const parsed = await parseFeed(bytes(rss), { ...opts, feedName: 'My World' });
    expect(parsed.stories[0]!.source).toBe('My World');
  });

  it('gives the same ids on a second parse (deterministic)', async () => {
    const a = await parseFeed(bytes(rss), opts);
    const b = await parseFeed(bytes(rss), { ...opts, fetchedAt: new Date('2026-02-01T00:00:00Z') });
    expect(b.stories.map((s) => s.id)).toEqual(a.stories.map((s) => s.id));
  });

  it('parses Atom with xml:base, a bad date and links without rel', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/sub/">
      <title type="html">A &amp;lt;b&amp;gt;blog&amp;lt;/b&amp;gt;</title>
      <entry><title>One</title><link href="posts/1"/><id>tag:blog.example,2024:1</id><published>not a date</published><updated>2024-03-01T10:00:00Z</updated><summary>Plain summary.</summary></entry>
    </feed>`;
    const parsed = await parseFeed(bytes(atom), opts);
    expect(parsed.stories).toHaveLength(1);
    expect(parsed.stories[0]).toMatchObject({ url: 'https://blog.example/sub/posts/1', published: '2024-03-01T10:00:00.000Z', text: 'Plain summary.' });
  });

  it.each([
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry>\n</entry></feed>'],
    ['RSS', '<rss version="2.0"><channel><title>t</title><item></item></channel></rss>'],
    ['RSS without a channel', '<rss version="2.0"></rss>'],
  ])('treats an empty %s item or feed as nothing to read', async (_name, xml) => {
    const parsed = await parseFeed(bytes(xml), opts);
    expect(parsed.stories).toEqual([]);
  });

  it('caps items per feed', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>Item ${i}</title><link>https://n.example/${i}</link></item>`).join('');
    const parsed = await parseFeed(bytes(`<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`), { ...opts, maxItems: 10 });
    expect(parsed.stories).toHaveLength(10);
    expect(parsed.stories[9]!.title).toBe('Item 9');
    expect(parsed.warnings.join(' ')).toMatch(/30 items; kept the first 10/);
  });

  it('decodes a windows-1251 feed from its declaration', async () => {
    const text = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Вести</title><item><title>Переговоры</title><link>https://v.example/1</link></item></channel></rss>`;
    const parsed = await parseFeed(iconv.encode(text, 'windows-1251'), opts);
    expect(parsed.title).toBe('Вести');
    expect(parsed.stories[0]!.title).toBe('Переговоры');
  });

  it('repairs bare ampersands', async () => {
    const parsed = await parseFeed(bytes('<rss version="2.0"><channel><title>Q&A</title><item><title>Salt & pepper</title><link>https://a.example/?a=1&b=2</link></item></channel></rss>'), opts);
    expect(parsed.title).toBe('Q&A');
    expect(parsed.stories[0]!.url).toBe('https://a.example/?a=1&b=2');
  });

  it('does not expand entities into a billion laughs', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
      <rss version="2.0"><channel><title>&lol2;</title><item><title>&lol;</title><link>https://a.example/1</link></item></channel></rss>`;
    const parsed = await parseFeed(bytes(lol), opts);
    expect(parsed.title ?? '').toBe('');
    expect(parsed.stories[0]!.title).toBe('lol');
    expect(parsed.warnings.join(' ')).toMatch(/entity declaration/);
  });

  it('never resolves an external entity (the laminas XXE probe)', async () => {
    const xxe = readFileSync('../shared/corpus/feeds/laminas-feed/Reader/xxe-atom10.xml');
    const parsed = await parseFeed(xxe, opts);
    expect(parsed.title).toBe('info:');
  });

  it.each([
    ['an empty body', '', 'empty'],
    ['whitespace', '  \n ', 'empty'],
    ['an HTML page', '<!DOCTYPE html><html><head><title>Sorry</title></head><body>Oops</body></html>', 'not-a-feed'],
    ['another XML document', '<?xml version="1.0"?><note><to>x</to></note>', 'not-a-feed'],
    ['a truncated document', '<rss version="2.0"><channel><title>t</title><item><title>cut', 'malformed'],
    ['garbage', 'this is not xml at all', 'malformed'],
  ])('throws a typed FeedError for %s', async (_name, body, kind) => {
    const error = await feedError(bytes(body));
    expect(error.kind).toBe(kind);
    expect(error.message.startsWith(`${opts.feedUrl}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it('stops a gzip bomb read from disk at the cap', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(3_000_000, 0x20));
    await expect(parseFeed(bomb, { ...opts, maxBytes: 1_000_000 })).rejects.toMatchObject({ kind: 'too-large' });
  });
});

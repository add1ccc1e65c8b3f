import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../shared/domain/feed/canonical-url.js';

describe('Function: canonicalUrl', () => {
  it.each([
    ['https://news.example/a?utm_source=rss&utm_medium=feed&id=3', undefined, 'https://news.example/a?id=3'],
    ['https://news.example/a?fbclid=xyz', undefined, 'https://news.example/a'],
    ['https://news.example/a?gclid=1&mc_cid=2&mc_eid=3&p=1', undefined, 'https://news.example/a?p=1'],
    ['https://news.example/a#comments', undefined, 'https://news.example/a'],
    ['HTTPS://News.Example:443/A', undefined, 'https://news.example/A'],
    ['/2024/story.html', 'https://news.example/feeds/rss.xml', 'https://news.example/2024/story.html'],
    ['story.html', 'https://news.example/feeds/', 'https://news.example/feeds/story.html'],
    ['  https://news.example/a  ', undefined, 'https://news.example/a'],
    ['https://news.example/search?q=a+b&page=2', undefined, 'https://news.example/search?q=a+b&page=2'],
  ])('%s (base %s) -> %s', (link, base, expected) => {
    expect(canonicalUrl(link, base)).toBe(expected);
  });

  it.each([['tag:example.org,2024:1'], ['javascript:alert(1)'], ['mailto:a@b.c'], [''], ['/relative-without-base']])('refuses %j', (link) => {
    expect(canonicalUrl(link)).toBeUndefined();
  });
});

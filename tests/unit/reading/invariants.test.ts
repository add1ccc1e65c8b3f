import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSet } from '../../../scripts/eval.js';
import { listFeedFiles } from '../../../scripts/corpus.js';
import { loadWatchlist } from '../../../shared/config.js';
import { parseFeed } from '../../../shared/domain/feed/parse-feed.js';
import { createStanceReader } from '../../../shared/domain/reading/stance-reader.js';
import { parseWatchlist } from '../../../shared/domain/watchlist.js';
import { STANCES } from '../../../shared/domain/types.js';

const ROOT = resolve(import.meta.dirname, '../../..');
// (every folder under eval/; eval/groups.tsv beside them is no set)
const SETS = [resolve(ROOT, '../shared/eval/dev'), ...readdirSync(join(ROOT, 'eval'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(ROOT, 'eval', d.name))];
const CORPUS = resolve(ROOT, '../shared/corpus/feeds');

/** Every labelled set's articles with a reader on its own watchlist. */
function labelledSets() {
  return SETS.map((dir) => {
    const set = loadSet(dir);
    const watchlist = parseWatchlist(set.watchlistText, join(dir, 'watchlist.yaml'));
    return { dir, set, watchlist, reader: createStanceReader(watchlist) };
  });
}

describe('the stance reader on every labelled set', () => {
  const sets = labelledSets();

  // First in this file (each test file gets a fresh process state), so the first reading of each article is the
  // first time this process meets its words.
  it('reads every article the same the second time, after every other set has been read (no state across stories)', () => {
    const first = sets.map(({ set, reader }) => set.articles.map((a) => JSON.stringify(reader.analyze(a, { explain: true }))));
    const second = sets.map(({ set, reader }) => set.articles.map((a) => JSON.stringify(reader.analyze(a, { explain: true }))));
    expect(second).toEqual(first);
  }, 180_000); // (every set, twice: it grows with each new labelled set, and CI may share the machine)
  it('gives each claim a known actor and issue, a stance, a confidence in 0..1 and a quote taken from the text', () => {
    let claims = 0;
    for (const { set, watchlist, reader } of sets) {
      const actors = new Set(watchlist.actors.map((a) => a.id));
      const issues = new Set(watchlist.issues.map((i) => i.id));
      for (const article of set.articles) {
        // (the reader reads curly quotes as straight ones)
        const text = article.text.replace(/[’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
        for (const c of reader.analyze(article)) {
          claims++;
          expect(actors.has(c.actor) && issues.has(c.issue) && STANCES.includes(c.stance), `${article.id} ${c.actor} ${c.issue}`).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(text, `${article.id}: "${c.quote}"`).toContain(c.quote.replace(/\s+/g, ' '));
        }
      }
    }
    expect(claims).toBeGreaterThan(1000);
  }, 180_000);

});

describe('the stance reader on the feed corpus', () => {
  it('reads every item of every parseable real-world feed without throwing', async () => {
    const reader = createStanceReader(loadWatchlist(join(ROOT, 'config/watchlist.yaml')));
    let items = 0;
    for (const path of listFeedFiles(CORPUS)) {
      let stories;
      try {
        stories = (await parseFeed(readFileSync(join(CORPUS, path)), { feedUrl: `https://corpus.test/${path}`, fetchedAt: new Date('2026-01-01T00:00:00Z') })).stories;
      } catch {
        continue; // a feed that does not parse is the ingest tests' concern
      }
      for (const story of stories) {
        items++;
        expect(() => reader.analyze({ title: story.title, text: story.text }), path).not.toThrow();
      }
    }
    expect(items).toBeGreaterThan(3000);
  }, 120_000); // (about 30 s on a machine shared with other work)
});

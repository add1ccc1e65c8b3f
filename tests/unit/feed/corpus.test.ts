import { describe, expect, it } from 'vitest';
import { listFeedFiles, runOne } from '../../../scripts/corpus.js';

const DIR = '../shared/corpus/feeds';

// Every real-world file through the ingest path from bytes: each parses or yields a typed
// FeedError; none crashes (an untyped exception) and none hangs (the test timeout).
describe('Corpus: ../shared/corpus/feeds through parseFeed', () => {
  it('parses or rejects every file with a typed error', async () => {
    const files = listFeedFiles(DIR);
    expect(files.length).toBeGreaterThan(1800);
    const fetchedAt = new Date('2026-01-01T00:00:00Z');
    const crashes: string[] = [];
    let parsed = 0;
    for (const path of files) {
      const row = await runOne(DIR, path, fetchedAt);
      if (row.outcome === 'crash') crashes.push(`${path}: ${row.kind} ${row.message}`);
      if (row.outcome === 'parsed') parsed++;
    }
    expect(crashes).toEqual([]);
    // A floor, not the figure: the figure is in `npm run corpus`. Guards against a regression that rejects most feeds.
    expect(parsed / files.length).toBeGreaterThan(0.95);
  }, 60_000);
});

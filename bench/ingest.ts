/**
 * Ingest throughput over ../shared/corpus/feeds: items per second through the whole
 * from-bytes path (decode, parse, normalise, fingerprint, dedupe) beside bare
 * rss-parser `parseString` on the same bytes (read as UTF-8, as a naive reader would),
 * in the same run. Ratio = how many times the bare parser's items/second ours is
 * slower by (target <= 1.5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { parseFeed } from '../shared/domain/feed/parse-feed.js';
import { NearDuplicateBandIndex } from '../shared/domain/feed/near-duplicate.js';
import { listFeedFiles } from '../scripts/corpus.js';

const DIR = '../shared/corpus/feeds';

interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  target?: string;
}

async function ours(files: { path: string; bytes: Buffer }[]): Promise<{ items: number; ms: number; duplicates: number }> {
  const fetchedAt = new Date('2026-01-01T00:00:00Z');
  const index = new NearDuplicateBandIndex();
  const ids = new Set<string>();
  let items = 0;
  let duplicates = 0;
  const start = performance.now();
  for (const f of files) {
    try {
      const parsed = await parseFeed(f.bytes, { feedUrl: `https://corpus.test/${f.path}`, fetchedAt, maxItems: Number.MAX_SAFE_INTEGER });
      for (const story of parsed.stories) {
        items++;
        if (ids.has(story.id)) {
          duplicates++;
          continue;
        }
        ids.add(story.id);
        if (story.fingerprint && index.find(story.fingerprint)) duplicates++;
        else if (story.fingerprint) index.add({ id: story.id, fingerprint: story.fingerprint, published: story.published });
      }
    } catch {
      // typed errors are part of the path; counted by `npm run corpus`
    }
  }
  return { items, ms: performance.now() - start, duplicates };
}

async function bare(files: { path: string; bytes: Buffer }[]): Promise<{ items: number; ms: number }> {
  const parser = new Parser();
  let items = 0;
  const start = performance.now();
  for (const f of files) {
    try {
      const feed = await parser.parseString(f.bytes.toString('utf8'));
      items += feed.items.length;
    } catch {
      // bare rss-parser rejects more files; its throughput counts what it does read
    }
  }
  return { items, ms: performance.now() - start };
}

export async function benchIngest(): Promise<Figure[]> {
  const files = listFeedFiles(DIR).map((path) => ({ path, bytes: readFileSync(join(DIR, path)) }));
  // Warm both paths (JIT, lazy module state) before timing.
  await ours(files.slice(0, 200));
  await bare(files.slice(0, 200));
  let bestOurs = { items: 0, ms: Infinity, duplicates: 0 };
  let bestBare = { items: 0, ms: Infinity };
  for (let round = 0; round < 3; round++) {
    const a = await ours(files);
    const b = await bare(files);
    if (a.ms < bestOurs.ms) bestOurs = a;
    if (b.ms < bestBare.ms) bestBare = b;
  }
  const oursRate = bestOurs.items / (bestOurs.ms / 1000);
  const bareRate = bestBare.items / (bestBare.ms / 1000);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  return [
    {
      name: `ingest items/s (${files.length} files, ${bestOurs.items} items, ${bestOurs.duplicates} dup)`,
      value: Math.round(oursRate),
      unit: 'items/s',
      baseline: Math.round(bareRate),
      ratio: bareRate / oursRate,
      target: '<= 1.5',
    },
    {
      name: 'ingest MB/s (whole corpus)',
      value: Number((bytes / 1e6 / (bestOurs.ms / 1000)).toFixed(2)),
      unit: 'MB/s',
      baseline: Number((bytes / 1e6 / (bestBare.ms / 1000)).toFixed(2)),
      ratio: bestOurs.ms / bestBare.ms,
      target: '<= 1.5',
    },
  ];
}

if (process.argv[1]?.endsWith('ingest.ts')) {
  for (const f of await benchIngest()) console.log(`${f.name}: ${f.value} ${f.unit}, baseline ${f.baseline}, ratio ${f.ratio.toFixed(2)}`);
}

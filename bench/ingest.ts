/**
 * Ingest throughput over ../shared/corpus/feeds: items per second through the whole
 * from-bytes path (decode, parse, normalise, fingerprint, dedupe) beside bare
 * rss-parser `parseString` on the same bytes (read as UTF-8, as a naive reader would),
 * in the same run. Each file is timed with both back to back and the best of three
 * rounds is kept per file, so background load hits both sides alike.
 * Ratio = bare items/s over ours (how many times costlier per item; target <= 1.5).
 *
 *   npx tsx bench/ingest.ts      (or npm run bench -- ingest)
 */
import { readFileSync } from 'node:fs';
import type { BenchFigure } from './bench-figure.js';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { listFeedFiles } from '../scripts/corpus.js';
import { NearDuplicateBandIndex } from '../shared/domain/feed/near-duplicate.js';
import { parseFeed } from '../shared/domain/feed/parse-feed.js';

const DIR = '../shared/corpus/feeds';
const ROUNDS = 3;

export type IngestFigure = BenchFigure;

export async function benchIngest(): Promise<IngestFigure[]> {
  const files = listFeedFiles(DIR).map((path) => ({ path, bytes: readFileSync(join(DIR, path)) }));
  const fetchedAt = new Date('2026-01-01T00:00:00Z');
  const parser = new Parser();
  const oursMs = new Array<number>(files.length).fill(Infinity);
  const bareMs = new Array<number>(files.length).fill(Infinity);
  let oursItems = 0;
  let bareItems = 0;
  let duplicates = 0;

  for (let round = 0; round < ROUNDS; round++) {
    const index = new NearDuplicateBandIndex();
    const ids = new Set<string>();
    oursItems = bareItems = duplicates = 0;
    for (const [i, f] of files.entries()) {
      let start = performance.now();
      try {
        bareItems += (await parser.parseString(f.bytes.toString('utf8'))).items.length;
      } catch {
        // bare rss-parser rejects more files; its rate counts what it does read
      }
      bareMs[i] = Math.min(bareMs[i]!, performance.now() - start);

      start = performance.now();
      try {
        // No item cap here: the same items as the bare parser, for a like-for-like rate.
        const parsed = await parseFeed(f.bytes, { feedUrl: `https://corpus.test/${f.path}`, fetchedAt, maxItems: Number.MAX_SAFE_INTEGER });
        for (const story of parsed.stories) {
          oursItems++;
          if (ids.has(story.id)) {
            duplicates++;
            continue;
          }
          ids.add(story.id);
          if (story.fingerprint && index.findOrAdd({ id: story.id, fingerprint: story.fingerprint, published: story.published })) duplicates++;
        }
      } catch {
        // typed errors are part of the path; `npm run corpus` counts them
      }
      oursMs[i] = Math.min(oursMs[i]!, performance.now() - start);
    }
  }

  const ours = oursMs.reduce((a, b) => a + b, 0) / 1000;
  const bare = bareMs.reduce((a, b) => a + b, 0) / 1000;
  const oursRate = oursItems / ours;
  const bareRate = bareItems / bare;
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  return [
    {
      name: `ingest items/s (${files.length} files; ${oursItems} items, ${duplicates} dups; bare ${bareItems} items)`,
      value: Math.round(oursRate),
      unit: 'items/s',
      baseline: Math.round(bareRate),
      ratio: bareRate / oursRate,
      target: '<= 1.5',
    },
    {
      name: 'ingest corpus MB/s',
      value: Number((mb / ours).toFixed(2)),
      unit: 'MB/s',
      baseline: Number((mb / bare).toFixed(2)),
      ratio: ours / bare,
      target: '<= 1.5',
    },
  ];
}

if (process.argv[1]?.endsWith('ingest.ts')) {
  for (const f of await benchIngest()) console.log(`${f.name}: ${f.value} ${f.unit}, baseline ${f.baseline} ${f.unit}, ratio ${f.ratio?.toFixed(2)}`);
}

/**
 * Runs every feed file under DIR through the ingest path from bytes (parseFeed) and
 * prints one row per file, a breakdown, and last the line
 * `corpus: N files, P parsed, E typed errors, C crashes`.
 *
 * Usage: npm run corpus -- ../shared/corpus/feeds [--quiet]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FeedError } from '../shared/domain/errors.js';
import { parseFeed } from '../shared/domain/feed/parse-feed.js';

export interface CorpusRow {
  path: string;
  outcome: 'parsed' | 'typed-error' | 'crash';
  items: number;
  kind?: string;
  message?: string;
  ms: number;
}

const SKIP = new Set(['MANIFEST.md', 'index.tsv', 'README.md']);

/** Every file under `dir`, sorted, relative paths. */
export function listFeedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!SKIP.has(name)) out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out;
}

/** Parses one file as if fetched; never throws. */
export async function runOne(dir: string, path: string, fetchedAt: Date): Promise<CorpusRow> {
  const bytes = readFileSync(join(dir, path));
  const start = performance.now();
  try {
    const parsed = await parseFeed(bytes, { feedUrl: `https://corpus.test/${path}`, fetchedAt });
    return { path, outcome: 'parsed', items: parsed.stories.length, ms: performance.now() - start };
  } catch (error) {
    const ms = performance.now() - start;
    if (error instanceof FeedError) return { path, outcome: 'typed-error', items: 0, kind: error.kind, message: error.message, ms };
    return { path, outcome: 'crash', items: 0, kind: (error as Error)?.name ?? 'unknown', message: String((error as Error)?.message ?? error), ms };
  }
}

function readIndex(dir: string): Map<string, { wellFormed: string; format: string }> {
  const map = new Map<string, { wellFormed: string; format: string }>();
  const file = join(dir, 'index.tsv');
  if (!existsSync(file)) return map;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [path, format, wellFormed] = line.split('\t');
    if (path) map.set(path, { wellFormed: wellFormed ?? '?', format: format ?? '?' });
  }
  return map;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write('usage: npm run corpus -- DIR [--quiet]  (DIR: a folder of feed files)\n');
    process.exit(2);
  }
  const index = readIndex(dir);
  const fetchedAt = new Date('2026-01-01T00:00:00Z');
  const rows: CorpusRow[] = [];
  if (!quiet) console.log(['path', 'well_formed', 'outcome', 'items', 'ms', 'detail'].join('\t'));
  for (const path of listFeedFiles(dir)) {
    const row = await runOne(dir, path, fetchedAt);
    rows.push(row);
    if (!quiet) {
      const detail = row.outcome === 'parsed' ? '' : `${row.kind}: ${row.message?.replace(/^https:\/\/corpus\.test\/\S+: /, '')}`;
      console.log([path, index.get(path)?.wellFormed ?? '?', row.outcome, row.items, row.ms.toFixed(1), detail].join('\t'));
    }
  }

  const parsed = rows.filter((r) => r.outcome === 'parsed').length;
  const typed = rows.filter((r) => r.outcome === 'typed-error').length;
  const crashes = rows.filter((r) => r.outcome === 'crash').length;
  if (index.size) {
    const wf = rows.filter((r) => index.get(r.path)?.wellFormed === 'yes');
    const wfParsed = wf.filter((r) => r.outcome === 'parsed').length;
    const ill = rows.filter((r) => index.get(r.path)?.wellFormed === 'no');
    console.log(`# well-formed (xmllint): ${wf.length} files, ${wfParsed} parsed, ${wf.length - wfParsed} not`);
    console.log(`# ill-formed (xmllint): ${ill.length} files, ${ill.filter((r) => r.outcome === 'parsed').length} parsed anyway`);
    const reasons = new Map<string, number>();
    for (const r of wf.filter((x) => x.outcome !== 'parsed')) {
      const key = `${r.kind}: ${(r.message ?? '').replace(/^https:\/\/corpus\.test\/\S+: /, '').replace(/\(line.*$/, '').slice(0, 70)}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`#   ${n}\t${reason}`);
  }
  const items = rows.reduce((n, r) => n + r.items, 0);
  const slowest = [...rows].sort((a, b) => b.ms - a.ms)[0];
  console.log(`# ${items} items; slowest ${slowest?.path} ${slowest?.ms.toFixed(0)} ms`);
  console.log(`corpus: ${rows.length} files, ${parsed} parsed, ${typed} typed errors, ${crashes} crashes`);
}

if (process.argv[1]?.endsWith('corpus.ts')) {
  await main();
}

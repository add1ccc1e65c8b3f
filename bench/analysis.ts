/**
 * Analysis throughput over the dev set's articles (../shared/eval/dev): articles per second per core through
 * `StanceReader.analyze` beside wink-nlp's bare `readDoc` + tokens + part of speech over the same texts, in the same
 * run, on one core (single-threaded loop, timed in process CPU time so other load on the machine does not skew it). Ratio = how many times slower `analyze` is than bare tagging
 * (target <= 2).
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { BenchFigure } from './bench-figure.js';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseWatchlist } from '../shared/domain/watchlist.js';
import { createStanceReader, type Article, type StanceReader } from '../shared/domain/reading/stance-reader.js';

const DIR = '../shared/eval/dev';

type Figure = BenchFigure;

/** The dev set's articles (what both sides of the bench read). */
export function loadArticles(): Article[] {
  const dir = join(DIR, 'articles');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Article);
}

/** A reader for the dev set's watchlist. */
export function devReader(): StanceReader {
  const watchlistPath = join(DIR, 'watchlist.yaml');
  return createStanceReader(parseWatchlist(readFileSync(watchlistPath, 'utf8'), watchlistPath));
}

/**
 * The baseline: wink-nlp's bare tagging of the same text analyze reads (title and body), with the same pipe the reader
 * loads (sentence boundaries and part of speech), so the ratio counts only our own work.
 */
export function bareTagger(): (a: Article) => number {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (a) => {
    const doc = nlp.readDoc(`${a.title ?? ''}\n\n${a.text}`);
    const toks = doc.tokens();
    return toks.out().length + toks.out(its.pos).length;
  };
}

/** CPU time of this process in ms (user + system): per-core cost, robust to other load on the machine. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Measures two functions over the same articles, alternating one pass of each so that both see the same machine
 * conditions, for at least `minMs` of CPU time in total. Returns articles per CPU-second for each.
 */
function rates(articles: Article[], a: (x: Article) => unknown, b: (x: Article) => unknown, minMs = 4000): [number, number] {
  // warm-up: JIT and the lazy model load, so that both sides are measured in steady state
  const warm = cpuMs();
  while (cpuMs() - warm < 500) { for (const x of articles) a(x); for (const x of articles) b(x); }
  let ta = 0;
  let tb = 0;
  let n = 0;
  while (ta + tb < minMs) {
    let t = cpuMs();
    for (const x of articles) a(x);
    ta += cpuMs() - t;
    t = cpuMs();
    for (const x of articles) b(x);
    tb += cpuMs() - t;
    n += articles.length;
  }
  return [(n * 1000) / ta, (n * 1000) / tb];
}

export async function benchAnalysis(): Promise<Figure[]> {
  const articles = loadArticles();
  const reader = devReader();
  const bare = bareTagger();
  const [base, ours] = rates(articles, bare, (a) => reader.analyze(a));
  const words = articles.reduce((s, a) => s + a.text.split(/\s+/).length, 0) / articles.length;
  return [{
    name: `analysis: analyze() per core (${articles.length} dev articles, ~${Math.round(words)} words)`,
    value: ours,
    unit: 'articles/s',
    baseline: base,
    ratio: base / ours,
    target: "ratio <= 2 (vs bare wink readDoc+tokens+pos, pipe ['sbd', 'pos'])",
  }];
}

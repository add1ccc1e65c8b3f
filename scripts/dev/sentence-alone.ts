// usage (from the repository root): npx tsx scripts/dev/sentence-alone.ts WHY_MISSED_OUT [alone-wrong|alone-none|alone-right]
// — reads the wrong-stance misses listed in WHY_MISSED_OUT (the output of `python3 scripts/dev/why-missed.py GROUPS N`
// with N examples per cause, which never lists a holdout) and reads each quote's sentence alone, out of its article:
// counts how many the reader misreads alone (the sentence itself), reads nothing from alone (the stance rests on the
// sentences before: a pronoun, a reference, a holder) or reads right alone (lost to another sentence in the article's
// merge); with a bucket name, lists that bucket's sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader, type StanceReader } from '../../shared/domain/reading/stance-reader.js';
import { loadSet } from '../eval.js';
import { quoteSentence } from './quote-sentence.js';

const [file, show] = process.argv.slice(2);
if (!file) { console.error('usage: sentence-alone.ts WHY_MISSED_OUT [alone-wrong|alone-none|alone-right]'); process.exit(2); }
const sets = new Map<string, { reader: StanceReader; texts: Map<string, string> }>();
let section = '';
const counts: Record<string, number> = {};
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const head = line.match(/^\d+ (\S+)/);
  if (head) { section = head[1]; continue; }
  const m = section === 'wrong-stance' ? line.trim().match(/^(\S+) (\d+) (\S+) (\S+) (\S+): (.*)$/) : null;
  if (!m) continue;
  const [, set, art, actor, issue, wanted, quote] = m;
  if (!sets.has(set)) {
    const dir = set === 'dev' ? '../shared/eval/dev' : `eval/${set}`;
    const { articles, watchlistText } = loadSet(dir);
    sets.set(set, { reader: createStanceReader(parseWatchlist(watchlistText, join(dir, 'watchlist.yaml'))), texts: new Map(articles.map((a) => [a.id, a.text])) });
  }
  const { reader, texts } = sets.get(set)!;
  const text = texts.get(art);
  const sentence = text === undefined ? undefined : quoteSentence(text, quote);
  if (!sentence) continue;
  const claim = reader.analyze({ title: '', text: sentence }).find((c) => c.actor === actor && c.issue === issue);
  const stance = wanted.replace(/:$/, '');
  const bucket = !claim ? 'alone-none' : claim.stance === stance ? 'alone-right' : 'alone-wrong';
  counts[bucket] = (counts[bucket] ?? 0) + 1;
  if (bucket === show) console.log(`${set} ${art} ${actor} ${issue} wanted ${stance} read ${claim?.stance ?? 'none'} | ${sentence}`);
}
console.log(counts);

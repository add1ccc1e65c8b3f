// usage (from the repository root): npx tsx scripts/dev/alone-missed.ts [NONE|ISSUE-OK|OTHER-ISSUE] [SEED] [N] — every labelled
// claim of the studied, never-studied and seen sets (never a holdout) that the reader misses outright (no claim for that
// actor and issue in the article), with its quote's sentence read alone: counts how many read nothing for the actor alone
// (NONE), the actor on another issue (OTHER-ISSUE) or the right issue (ISSUE-OK: lost in the article); then lists N random
// ones (seeded) of the named bucket with their sentence.
import { loadSet, loadGroups } from '../eval.js';
import { quoteSentence } from './quote-sentence.js';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
const groups = loadGroups('eval/groups.tsv');
const out: string[] = [];
for (const [set, g] of groups) {
  if (!/^(studied|never-studied|seen)/.test(g)) continue;
  const dir = set === 'dev' ? '../shared/eval/dev' : `eval/${set}`;
  const { articles, labels, watchlistText } = loadSet(dir);
  const wl = parseWatchlist(watchlistText, dir);
  const reader = createStanceReader(wl);
  for (const a of articles) {
    const read = reader.analyze(a);
    for (const l of labels.claims[a.id] ?? []) {
      if (read.some((c) => c.actor === l.actor && c.issue === l.issue)) continue;
      const sentence = quoteSentence(a.text, l.quote ?? '');
      if (sentence === undefined) continue;
      const alone = reader.analyze({ text: sentence });
      const mine = alone.filter((c) => c.actor === l.actor);
      const tag = mine.length === 0 ? 'NONE' : mine.some((c) => c.issue === l.issue) ? 'ISSUE-OK' : 'OTHER-ISSUE:' + mine.map((c) => c.issue + '/' + c.stance).join(',');
      out.push(`${tag} ${set} ${a.id} ${l.actor} ${l.issue} ${l.stance} | ${sentence}`);
    }
  }
}
const f = process.argv[2] ?? 'NONE';
const counts = new Map<string, number>();
for (const o of out) { const k = o.split(' ')[0].split(':')[0]; counts.set(k, (counts.get(k) ?? 0) + 1); }
console.log([...counts]);
let seed = Number(process.argv[3] ?? 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const sel = out.filter((o) => o.startsWith(f));
for (let i = 0; i < Number(process.argv[4] ?? 40) && sel.length; i++) console.log(sel.splice(Math.floor(rnd() * sel.length), 1)[0]);

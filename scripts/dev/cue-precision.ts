// usage (from the repository root): npx tsx scripts/dev/cue-precision.ts [CUE-REGEX] — for each stance cue label, the claims it
// carried on the studied, never-studied and seen sets (never a holdout) that were right, had the wrong stance, or had no
// labelled claim for that actor and issue in the article ("spurious"); the 60 worst cues with at least 6 wrong or
// spurious claims, worst first. With CUE-REGEX, lists every claim whose cues match, with its sentence.
import { join } from 'node:path';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
import { loadGroups, loadSet } from '../eval.js';

const sets = [...loadGroups('eval/groups.tsv')].filter(([, g]) => /^(studied|never-studied|seen)/.test(g))
  .map(([s]) => (s === 'dev' ? '../shared/eval/dev' : `eval/${s}`));
const stat = new Map<string, [number, number, number]>();
const SHOW = process.argv[2] ? new RegExp(process.argv[2]) : undefined;
for (const d of sets) {
  const { articles, labels, watchlistText } = loadSet(d);
  const reader = createStanceReader(parseWatchlist(watchlistText, join(d, 'watchlist.yaml')));
  for (const art of articles) {
    const gold = labels.claims[art.id] ?? [];
    for (const cl of reader.analyze(art, { explain: true })) {
      const g = gold.filter((x) => x.actor === cl.actor && x.issue === cl.issue);
      const k = g.length === 0 ? 2 : g.some((x) => x.stance === cl.stance) ? 0 : 1;
      // (the explanation's cue is the labels joined: "wanted [sup], block [opp]")
      for (const c of new Set((cl.explain?.cue ?? '').split(', ').map((x) => x.replace(/ \[.*\]$/, '').toLowerCase()))) {
        const s = stat.get(c) ?? [0, 0, 0]; s[k]++; stat.set(c, s);
        if (SHOW && SHOW.test(c)) console.log(['OK', 'WRONG', 'SPUR'][k], d.split('/').pop(), art.id, cl.actor, cl.issue, cl.stance, g.map((x) => x.stance).join('/'), '|', cl.explain?.sentence);
      }
    }
  }
}
const rows = [...stat].filter(([, s]) => s[1] + s[2] >= 6).sort((a, b) => (b[1][1] + b[1][2]) / (b[1][0] + b[1][1] + b[1][2] + 1) - (a[1][1] + a[1][2]) / (a[1][0] + a[1][1] + a[1][2] + 1));
if (!SHOW) for (const [c, s] of rows.slice(0, 60)) console.log(`${c.padEnd(28)} ok ${s[0]} wrong ${s[1]} spurious ${s[2]}`);

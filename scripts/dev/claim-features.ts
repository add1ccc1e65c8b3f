// usage (from the repository root): npx tsx scripts/dev/claim-features.ts OUT.tsv — every claim on every set of eval/groups.tsv,
// one line each: group, set, article, actor, issue, stance, confidence, attributed, sentence, cue, negation, condition,
// explanation notes, issue phrase, alias, claims in the article, labelled claims in it, and tp / wrong (stance) / extra (no
// labelled actor-issue). Count holdout lines only in aggregate (session 29's precision-by-feature table came from it).
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
const rows = readFileSync('eval/groups.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const out: string[] = [];
for (const [s, group] of rows) {
  const dir = s === 'dev' ? '../shared/eval/dev' : join('eval', s);
  if (!existsSync(join(dir, 'watchlist.yaml'))) continue;
  const wl = join(dir, 'watchlist.yaml');
  const reader = createStanceReader(parseWatchlist(readFileSync(wl, 'utf8'), wl));
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  for (const f of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json')).sort()) {
    const id = f.replace('.json', '');
    const a = JSON.parse(readFileSync(join(dir, 'articles', f), 'utf8'));
    const gold: { actor: string; issue: string; stance: string }[] = labels.claims[id] ?? labels.claims[a.id] ?? [];
    const claims = reader.analyze({ title: a.title, text: a.text }, { explain: true });
    for (const c of claims) {
      const g = gold.filter((x) => x.actor === c.actor && x.issue === c.issue);
      const result = g.some((x) => x.stance === c.stance) ? 'tp' : g.length ? 'wrong' : 'extra';
      const e = c.explain ?? { sentence: '' };
      out.push([group, s, id, c.actor, c.issue, c.stance, c.confidence.toFixed(2), c.attributed ? 1 : 0, c.sentence ?? -1,
        e.cue ?? '', e.negation ?? '', e.condition ?? '', (e.notes ?? []).join('|'), e.issuePhrase ?? '', e.alias ?? '', claims.length, gold.length, result].join('\t'));
    }
  }
}
writeFileSync(process.argv[2] ?? 'claim-features.tsv', out.join('\n') + '\n');

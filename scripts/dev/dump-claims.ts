// usage (from the repository root): npx tsx scripts/dev/dump-claims.ts OUTDIR
// Dumps every claim the reader makes on every set in eval/groups.tsv (plus ../shared/eval/dev), one file per set,
// into OUTDIR: compare two dumps with `diff -rq` (or md5sum) to prove a change reads nothing differently.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
const out = process.argv[2];
mkdirSync(out, { recursive: true });
const sets = readFileSync('eval/groups.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
for (const s of sets) {
  const dir = s === 'dev' ? '../shared/eval/dev' : join('eval', s);
  if (!existsSync(join(dir, 'watchlist.yaml'))) continue;
  const wl = join(dir, 'watchlist.yaml');
  const reader = createStanceReader(parseWatchlist(readFileSync(wl, 'utf8'), wl));
  const lines: string[] = [];
  for (const f of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json')).sort()) {
    const a = JSON.parse(readFileSync(join(dir, 'articles', f), 'utf8'));
    for (const c of reader.analyze({ title: a.title, text: a.text }, { explain: true })) lines.push(`${f}\t${JSON.stringify(c)}`);
  }
  writeFileSync(join(out, `${s}.tsv`), lines.join('\n') + '\n');
}

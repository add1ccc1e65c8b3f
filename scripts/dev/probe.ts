// usage (from the repository root): npx tsx scripts/dev/probe.ts WATCHLIST < sentences.txt — reads each line of standard
// input as a one-sentence article and prints its claims ("actor stance", "actor:issue stance" when the watchlist has several issues, "(r)" when not attributed), "-" when none. The
// toy watchlists in scripts/dev/toy/ (two actors, Norland and Sudland; a plain issue, a give-up issue, talks) are what
// sessions 15-28 probed phrasings on; `shiftwatch analyze FILE --watchlist W --explain` shows why a line reads as it does.
import { readFileSync } from 'node:fs';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader, type Article } from '../../shared/domain/reading/stance-reader.js';

const path = process.argv[2];
if (!path) { console.error('usage: npx tsx scripts/dev/probe.ts WATCHLIST < sentences.txt'); process.exit(2); }
const watchlist = parseWatchlist(readFileSync(path, 'utf8'), path);
const reader = createStanceReader(watchlist);
// (with several issues, each claim names its issue)
const several = watchlist.issues.length > 1;
const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
lines.forEach((text) => {
  const article: Article = { title: '', published: '2026-01-01T00:00:00Z', text };
  const claims = reader.analyze(article);
  console.log((claims.map((c) => `${c.actor}${several ? `:${c.issue}` : ''} ${c.stance}${c.attributed ? '' : '(r)'}`).join(', ') || '-').padEnd(34), '|', text);
});

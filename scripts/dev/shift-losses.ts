/**
 * The labelled shifts of the sets of eval/groups.tsv whose group matches REGEX, counted by what the reader did in the
 * shift's article (no claim for the actor and issue, the wrong stance, the right stance but weak: low confidence, past
 * the story's first `leadSentences` sentences, or reported; the right stance, confident) and whether the replay alerted;
 * a confident right reading that did not alert is split into reversals (waiting for a second story) and others. Counts
 * only: safe on holdout groups. With --quotes (refused on holdout groups), each missed shift the reader read nothing
 * for, or read with the wrong stance (with the reader's stance and quote), is listed with its labelled quote.
 *
 *   npx tsx scripts/dev/shift-losses.ts '^holdout'
 */
import { join } from 'node:path';
import { parseWatchlist } from '../../shared/domain/watchlist.js';
import { createStanceReader } from '../../shared/domain/reading/stance-reader.js';
import { DEFAULT_SHIFT_SETTINGS } from '../../shared/domain/positions/shift-rules.js';
import { loadGroups, loadSet } from '../eval.js';
import { evaluateShifts } from '../eval-shifts.js';

interface LabelledShift { actor: string; issue: string; from: string; to: string; article: string }
const re = new RegExp(process.argv[2] ?? '^(studied|never|seen)');
// --quotes: each missed shift with no claim, with its labelled quote (refused on holdout groups)
const QUOTES = process.argv[3] === '--quotes';
if (QUOTES && [...loadGroups('eval/groups.tsv')].some(([, group]) => re.test(group) && group.startsWith('holdout'))) {
  console.error('--quotes is refused on holdout groups');
  process.exit(2);
}
const counts = new Map<string, number>();
const { minConfidence, leadSentences } = DEFAULT_SHIFT_SETTINGS;
for (const [set] of [...loadGroups('eval/groups.tsv')].filter(([, group]) => re.test(group))) {
  const dir = set === 'dev' ? '../shared/eval/dev' : `eval/${set}`;
  const { articles, labels, watchlistText } = loadSet(dir);
  const watchlist = parseWatchlist(watchlistText, join(dir, 'watchlist.yaml'));
  const reader = createStanceReader(watchlist);
  const readAll = new Map(articles.map((a) => [a.id, reader.analyze(a)]));
  const { score } = await evaluateShifts(dir);
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const s of (labels as unknown as { shifts: LabelledShift[] }).shifts) {
    const alerted = score.matched.some((m) => m.label.actor === s.actor && m.label.issue === s.issue && m.label.article === s.article);
    const article = byId.get(s.article);
    const claim = article ? readAll.get(article.id)?.find((c) => c.actor === s.actor && c.issue === s.issue) : undefined;
    // what the reader held before the shift's article: its last attributed claim in an earlier article, else the baseline
    let before: string | undefined = watchlist.baseline.find((b) => b.actor === s.actor && b.issue === s.issue)?.stance;
    for (const a of articles) {
      if (a.id >= s.article) break;
      const c = readAll.get(a.id)?.find((x) => x.actor === s.actor && x.issue === s.issue && x.attributed);
      if (c) before = c.stance;
    }
    const prior = before === undefined ? 'no prior' : before === s.to ? 'prior already the new stance' : before === s.from ? 'prior right' : 'prior the third stance';
    const weak = claim && (!claim.attributed || claim.confidence < minConfidence || (claim.sentence ?? 0) >= leadSentences);
    const reversal = (s.from === 'support' && s.to === 'oppose') || (s.from === 'oppose' && s.to === 'support');
    const what = !claim ? 'no claim' : claim.stance !== s.to ? 'wrong stance'
      : weak ? `right stance, weak (${!claim.attributed ? 'reported' : claim.confidence < minConfidence ? `low confidence ${claim.confidence.toFixed(2)} ${s.from}->${s.to}` : 'past the lead'})`
      : `right stance, confident${alerted ? '' : reversal ? ' (a reversal)' : ` (other: ${prior})`}`;
    const key = `${alerted ? 'alerted' : 'missed '}  ${what}`;
    if (QUOTES && !alerted && (what === 'no claim' || what === 'wrong stance')) {
      const label = labels.claims[s.article]?.find((c) => c.actor === s.actor && c.issue === s.issue);
      console.log(`${claim ? `WRONG(${claim.stance}: ${claim.quote})` : 'NO-CLAIM'} ${set} ${s.article} ${s.actor} ${s.issue} ${s.to}: ${label?.quote ?? ''}`);
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
for (const [key, n] of [...counts].sort()) console.log(String(n).padStart(4), key);

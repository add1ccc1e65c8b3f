/**
 * Replayed alerts of the sets of eval/groups.tsv whose group matches REGEX, counted right / wrong by the sentence of its
 * story that decided them (0 = the lead; sentence ends counted before the deciding quote). Counts only, so it may run on
 * holdout groups; with --quotes (refused on holdouts) each alert is listed with its quote.
 *
 *   npx tsx scripts/dev/alert-position.ts '^(studied|never|seen)' --quotes
 *   npx tsx scripts/dev/alert-position.ts '^holdout'
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateShifts, isMatchedAlert } from '../eval-shifts.js';
import { loadGroups } from '../eval.js';

const [pattern, flag] = process.argv.slice(2);
const re = new RegExp(pattern ?? '^(studied|never|seen)');
const chosen = [...loadGroups('eval/groups.tsv')].filter(([, group]) => re.test(group));
if (flag === '--quotes' && chosen.some(([, group]) => group.startsWith('holdout'))) {
  console.error('alert-position: no quotes from holdout groups (their alerts must stay unread)');
  process.exit(1);
}
const table = new Map<string, [number, number]>();
for (const [set] of chosen) {
  const dir = set === 'dev' ? '../shared/eval/dev' : `eval/${set}`;
  const textByUrl = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'articles'))) {
    const a = JSON.parse(readFileSync(join(dir, 'articles', f), 'utf8')) as { url: string; text: string };
    textByUrl.set(a.url, a.text);
  }
  const { alerts, score } = await evaluateShifts(dir);
  for (const a of alerts) {
    const url = a.evidence[0]?.url ?? '';
    const right = isMatchedAlert(score, a);
    const text = textByUrl.get(url) ?? '';
    const quote = a.evidence[0]?.quote ?? '';
    const at = text.indexOf(quote.replace(/^"|"$/g, '').slice(0, 40));
    const sentence = at < 0 ? -1 : (text.slice(0, at).match(/[.!?]["\u201d]?\s/g) ?? []).length;
    const key = `sentence ${sentence < 0 ? '?' : sentence >= 8 ? '8+' : sentence}`;
    const row = table.get(key) ?? [0, 0];
    row[right ? 0 : 1]++;
    table.set(key, row);
    if (flag === '--quotes') console.log(right ? 'RIGHT' : 'WRONG', set, sentence, a.actor, a.issue, `${a.from}->${a.to}`, '|', quote);
  }
}
for (const [key, [right, wrong]] of [...table].sort()) console.log(key.padEnd(12), 'right', right, 'wrong', wrong);

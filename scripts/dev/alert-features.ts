/**
 * Replayed alerts of the sets of eval/groups.tsv whose group matches REGEX, counted right / wrong / false alarm by
 * move (from -> to) and by whether the deciding claim's confidence is at least 0.7. With --quotes, each alert of one
 * move ("support->conditional") is listed with its deciding quote: never use --quotes on holdout groups.
 *
 *   npx tsx scripts/dev/alert-features.ts '^(studied|never)'
 *   npx tsx scripts/dev/alert-features.ts '^studied' --quotes 'support->conditional'   (quoted: unquoted, the shell writes a file named conditional)
 */
import { evaluateShifts, isMatchedAlert } from '../eval-shifts.js';
import { loadGroups } from '../eval.js';

const [pattern, flag, move] = process.argv.slice(2);
const re = new RegExp(pattern ?? '^(studied|never)');
const dirs = [...loadGroups('eval/groups.tsv')].filter(([, group]) => re.test(group))
  .map(([set]) => (set === 'dev' ? '../shared/eval/dev' : `eval/${set}`));
const table = new Map<string, { right: number; wrong: number; falseAlarms: number }>();
for (const dir of dirs) {
  const { alerts, score } = await evaluateShifts(dir);
  for (const a of alerts) {
    const url = a.evidence[0]?.url ?? '';
    const right = isMatchedAlert(score, a);
    const falseAlarm = score.falseAlarmAlerts.some((m) => m.actor === a.actor && m.issue === a.issue && m.evidenceUrl === url);
    const confidence = (a as unknown as { confidence: number }).confidence;
    const key = `${a.from}->${a.to} confidence>=0.7:${confidence >= 0.7}`;
    const row = table.get(key) ?? { right: 0, wrong: 0, falseAlarms: 0 };
    if (right) row.right++; else row.wrong++;
    if (falseAlarm) row.falseAlarms++;
    table.set(key, row);
    if (flag === '--quotes' && `${a.from}->${a.to}` === move) {
      console.log(`${right ? 'RIGHT' : 'WRONG'}${falseAlarm ? ' FALSE-ALARM' : ''} ${dir} ${a.actor} ${a.issue} ${confidence}: ${a.evidence[0]?.quote ?? ''}`);
    }
  }
}
for (const [key, row] of [...table].sort()) console.log(`${key.padEnd(44)} right ${row.right}  wrong ${row.wrong}  false alarms ${row.falseAlarms}`);

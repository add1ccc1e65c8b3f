/**
 * Replays labelled sets under several shift thresholds and prints alert precision, recall
 * and false alarms for each, to choose and justify the defaults in shift-rules.ts.
 *
 *   npx tsx scripts/sweep-shifts.ts ../shared/eval/dev eval/iran-vienna-talks
 *   npx tsx scripts/sweep-shifts.ts --groups '^(studied|never)'
 *   npx tsx scripts/sweep-shifts.ts --groups '^holdout' --grid '[{},{"minConfidence":0.55}]'
 *
 * With `--groups REGEX`, the sets of eval/groups.tsv whose group matches are summed into one line per setting (about
 * ten minutes for the 51 studied and never-studied sets: every set's feeds are replayed once per setting).
 */
import { readFileSync } from 'node:fs';
import { evaluateShifts } from './eval-shifts.js';
import type { ShiftOverrides } from '../shared/config.js';

const GRID: ShiftOverrides[] = [
  { minConfidence: 0.5 },
  { minConfidence: 0.55 },
  { minConfidence: 0.6 },
  { minConfidence: 0.65 },
  { minConfidence: 0.7 },
  { minConfidence: 0.75 },
  { minConfidence: 0.8 },
  { minConfidence: 0.6, corroborationWindowHours: 24 },
  { minConfidence: 0.6, corroborationWindowHours: 168 },
  { minConfidence: 0.6, flipBackWindowHours: 24 },
  { minConfidence: 0.6, flipBackWindowHours: 168 },
  { minConfidence: 0.6, flipBackMinSources: 1 },
  { minConfidence: 0.6, flipBackMinSources: 2 },
  { minConfidence: 0.6, reversalMinSources: 1 },
  { minConfidence: 0.6, reversalMinSources: 3 },
  { minConfidence: 0.5, reversalMinSources: 2 },
];

function line(label: string, settings: ShiftOverrides, raised: number, correct: number, labelled: number, falseAlarms: number): string {
  const precision = raised === 0 ? 1 : correct / raised;
  const recall = labelled === 0 ? 0 : correct / labelled;
  return `${label.padEnd(28)} ${JSON.stringify(settings).padEnd(58)} alerts ${String(raised).padStart(3)}  ` +
    `P ${precision.toFixed(2)}  R ${recall.toFixed(2)}  false alarms ${falseAlarms}`;
}

const args = process.argv.slice(2);
// `--grid '[{"minConfidence":0.55},{}]'` replaces the grid above (a JSON list of setting overrides)
const gridAt = args.indexOf('--grid');
if (gridAt >= 0) GRID.splice(0, GRID.length, ...(JSON.parse(args[gridAt + 1]) as ShiftOverrides[]));
if (gridAt >= 0) args.splice(gridAt, 2);
if (args[0] === '--groups') {
  const re = new RegExp(args[1] ?? '^(studied|never)');
  const dirs = readFileSync('eval/groups.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')).filter(([, group]) => re.test(group ?? ''))
    .map(([set]) => (set === 'dev' ? '../shared/eval/dev' : `eval/${set}`));
  for (const settings of GRID) {
    let raised = 0, correct = 0, labelled = 0, falseAlarms = 0;
    for (const dir of dirs) {
      const { score } = await evaluateShifts(dir, settings);
      raised += score.alerts; correct += score.truePositives; labelled += score.labelled; falseAlarms += score.falseAlarms;
    }
    console.log(line(`${dirs.length} sets`, settings, raised, correct, labelled, falseAlarms));
  }
} else {
  for (const dir of args) {
    for (const settings of GRID) {
      const { score } = await evaluateShifts(dir, settings);
      console.log(line(dir, settings, score.alerts, score.truePositives, score.labelled, score.falseAlarms));
    }
  }
}

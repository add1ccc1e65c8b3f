// Aggregated alert precision/recall over groups of labelled sets for a grid of shift settings.
// usage (from the repository root): npx tsx scripts/dev/sweep-groups.ts GROUP-REGEX  (about ten minutes for the 51 studied
// and never-studied sets: every set's feeds are replayed once per setting)
import { readFileSync } from 'node:fs';
import { evaluateShifts } from '../eval-shifts.js';
import type { ShiftOverrides } from '../../shared/config.js';
const re = new RegExp(process.argv[2] ?? '^(studied|never)');
const sets = readFileSync('eval/groups.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t')).filter(([, g]) => re.test(g)).map(([s]) => (s === 'dev' ? '../shared/eval/dev' : `eval/${s}`));
const GRID: ShiftOverrides[] = [
  {}, { minConfidence: 0.5 }, { minConfidence: 0.55 }, { minConfidence: 0.65 }, { minConfidence: 0.7 }, { minConfidence: 0.75 },
  { corroborationWindowHours: 24 }, { corroborationWindowHours: 168 }, { flipBackWindowHours: 24 }, { flipBackWindowHours: 168 },
  { reversalMinSources: 1 }, { reversalMinSources: 3 }, { flipBackMinSources: 2 },
];
for (const settings of GRID) {
  let raised = 0, labelled = 0, tp = 0, fa = 0;
  for (const dir of sets) {
    const { score } = await evaluateShifts(dir, settings);
    raised += score.alerts; labelled += score.labelled; tp += score.truePositives; fa += score.falseAlarms;
  }
  console.log(`${JSON.stringify(settings).padEnd(40)} raised ${raised} labelled ${labelled} correct ${tp} false ${fa}  P ${(tp / Math.max(1, raised)).toFixed(2)} R ${(tp / labelled).toFixed(2)}`);
}

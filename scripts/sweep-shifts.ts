/**
 * Replays labelled sets under several shift thresholds and prints alert precision, recall
 * and false alarms for each, to choose and justify the defaults in shift-rules.ts.
 *
 *   npx tsx scripts/sweep-shifts.ts ../shared/eval/dev eval/iran-vienna-talks
 */
import { evaluateShifts } from './eval-shifts.js';
import type { ShiftOverrides } from '../shared/config.js';

const GRID: ShiftOverrides[] = [
  { minConfidence: 0.5 },
  { minConfidence: 0.6 },
  { minConfidence: 0.7 },
  { minConfidence: 0.8 },
  { minConfidence: 0.6, corroborationWindowHours: 24 },
  { minConfidence: 0.6, corroborationWindowHours: 168 },
  { minConfidence: 0.6, flipBackWindowHours: 24 },
  { minConfidence: 0.6, flipBackWindowHours: 168 },
  { minConfidence: 0.6, flipBackMinSources: 1 },
  { minConfidence: 0.6, reversalMinSources: 1 },
  { minConfidence: 0.5, reversalMinSources: 2 },
];

for (const dir of process.argv.slice(2)) {
  for (const settings of GRID) {
    const { score } = await evaluateShifts(dir, settings);
    console.log(
      `${dir.padEnd(28)} ${JSON.stringify(settings).padEnd(58)} alerts ${String(score.alerts).padStart(3)}  ` +
        `P ${score.precision.toFixed(2)}  R ${score.recall.toFixed(2)}  false alarms ${score.falseAlarms}`,
    );
  }
}

/**
 * `npm run bench`: every performance figure the project tracks, each printed beside a
 * baseline measured in the same run on the same machine, with the ratio. Targets live
 * here, never in timed tests.
 *
 *   npm run bench              all benchmarks
 *   npm run bench -- ingest    only the ones whose name contains "ingest"
 */

import type { BenchFigure } from './bench-figure.js';

type Bench = { name: string; run: () => Promise<BenchFigure[]> };

const benches: Bench[] = [
  { name: 'ingest', run: async () => (await import('./ingest.js')).benchIngest() },
  { name: 'analysis', run: async () => (await import('./analysis.js')).benchAnalysis() },
  { name: 'bundles', run: async () => (await import('./bundles.js')).benchBundles() },
];

const filter = process.argv[2];
let failed = false;
for (const bench of benches.filter((b) => !filter || b.name.includes(filter))) {
  process.stdout.write(`\n== ${bench.name}\n`);
  try {
    for (const f of await bench.run()) {
      const baseline = f.baseline === undefined ? '' : `  baseline ${fmt(f.baseline)} ${f.unit}`;
      const ratio = f.ratio === undefined ? '' : `  ratio ${f.ratio.toFixed(2)}`;
      process.stdout.write(`${f.name.padEnd(48)} ${fmt(f.value).padStart(12)} ${f.unit}${baseline}${ratio}${f.target ? `  (target ${f.target})` : ''}\n`);
    }
  } catch (error) {
    failed = true;
    process.stdout.write(`${bench.name}: failed: ${(error as Error).message.split('\n')[0]}\n`);
  }
}
process.exitCode = failed ? 1 : 0;

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

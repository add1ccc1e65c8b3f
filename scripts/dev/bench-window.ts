// usage (from the repository root): npx tsx scripts/dev/bench-window.ts [WINDOW_MS] [WARMUP_MS]
// The analysis bench's loop (bench/analysis.ts: 500 ms CPU warm-up, then bare wink and analyze passes over the dev
// articles until 4 s of CPU) with what its ratio hides: the CPU of each pass (slow passes are the reader's functions still
// unoptimised, or being compiled), and the window's CPU split by thread (Linux /proc: threads other than the main one
// are V8's workers, mostly optimising compilation, some GC). Add `node --trace-opt` to an esbuild bundle of this
// script to see which function was compiled after which pass.
import { readFileSync, readdirSync } from 'node:fs';
import { loadArticles, devReader, bareTagger, cpuMs } from '../../bench/analysis.js';

const arts = loadArticles();
const reader = devReader();
const bare = bareTagger();
/** CPU ms of each thread of this process so far: 'main', or the thread's name and id. */
function threadMs(): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = id === String(process.pid) ? 'main' : `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}-${id}`;
    out.set(name, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in 10 ms ticks
  }
  return out;
}

const windowMs = Number(process.argv[2] ?? 4000);
const warmMs = Number(process.argv[3] ?? 500);
let pass = 0;
const start = cpuMs();
while (cpuMs() - start < warmMs) {
  for (const a of arts) reader.analyze(a);
  for (const a of arts) bare(a);
  console.log(`warm-up pass ${++pass}: CPU ${(cpuMs() - start).toFixed(0)} ms`);
}
const before = threadMs();
let ta = 0;
let tb = 0;
while (ta + tb < windowMs) {
  let t = cpuMs();
  for (const a of arts) reader.analyze(a);
  const da = cpuMs() - t;
  ta += da;
  t = cpuMs();
  for (const a of arts) bare(a);
  const db = cpuMs() - t;
  tb += db;
  console.log(`window pass ${++pass}: analyze ${da.toFixed(0)} ms, bare ${db.toFixed(0)} ms`);
}
const after = threadMs();
const split = [...after].map(([k, v]) => `${k} ${v - (before.get(k) ?? 0)}`).join(', ');
console.log(`ratio ${(ta / tb).toFixed(3)} (analyze ${ta.toFixed(0)} ms, bare ${tb.toFixed(0)} ms); window CPU by thread (ms): ${split}`);

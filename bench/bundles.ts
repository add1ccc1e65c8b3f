/**
 * Per function: the zipped size of the deployment bundle and the cold-start import time of
 * that bundle in a fresh Node process. Bundles are built with esbuild directly, with the
 * very options object the CDK construct uses (infra/constructs/bundling.ts). The baseline, built
 * and measured in the same run, is a handler holding one AWS SDK client: the floor any function pays.
 *
 * @example for (const r of await benchBundles()) console.log(r.name, r.value, r.unit);
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { ALERT_TOPIC_ARN_ENV, DIGEST_SUBSCRIBERS_ENV, DIGEST_TOPIC_ARN_ENV, FEED_QUEUE_URL_ENV, TABLE_ENV } from '../functions/contract.js';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { buildFunctionBundle } from '../infra/build-bundles.js';
import { ESBUILD_OPTIONS, FUNCTION_ENTRIES, functionDefine, type FunctionName } from '../infra/constructs/bundling.js';
import { PROJECT_ROOT } from '../infra/constructs/shiftwatch-function.js';
import { loadBundle } from '../shared/config.js';
import type { BenchFigure } from './bench-figure.js';

export type BenchResult = BenchFigure;

/** The same-run baseline: a handler holding one SDK client, built with the functions' options. */
async function buildBaselineBundle(outdir: string): Promise<{ name: string; data: Buffer }[]> {
  await build({
    ...ESBUILD_OPTIONS,
    mainFields: [...ESBUILD_OPTIONS.mainFields],
    external: [...ESBUILD_OPTIONS.external],
    entryPoints: { index: join(PROJECT_ROOT, 'bench/fixtures/sdk-only-handler.ts') },
    outdir,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'error',
  });
  return readdirSync(outdir).map((name) => ({ name, data: readFileSync(join(outdir, name)) }));
}

/** Targets from the production-stack issue: under 3 MB zipped, under 400 ms to import. */
const ZIP_TARGET_BYTES = 3 * 1024 * 1024;
const IMPORT_TARGET_MS = 400;
const IMPORT_RUNS = 5;

/**
 * Size of a zip archive of these files, deflated at level 9: local headers (30 bytes + name),
 * data, central directory (46 bytes + name) and the end record (22 bytes), no extra fields.
 */
export function zippedSize(files: { name: string; data: Buffer }[]): number {
  let size = 22;
  for (const f of files) size += 30 + 46 + 2 * Buffer.byteLength(f.name) + deflateRawSync(f.data, { level: 9 }).length;
  return size;
}

const FAKE_ENV: Record<string, string> = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  POWERTOOLS_DEV: 'false',
  NODE_OPTIONS: '--enable-source-maps',
  [TABLE_ENV.stories]: 'stories',
  [TABLE_ENV.positions]: 'positions',
  [TABLE_ENV.alerts]: 'alerts',
  [TABLE_ENV.feeds]: 'feeds',
  [FEED_QUEUE_URL_ENV]: 'https://sqs.us-east-1.amazonaws.com/123456789012/bench',
  [ALERT_TOPIC_ARN_ENV]: 'arn:aws:sns:us-east-1:123456789012:bench',
  [DIGEST_TOPIC_ARN_ENV]: 'arn:aws:sns:us-east-1:123456789012:bench-digest',
  [DIGEST_SUBSCRIBERS_ENV]: JSON.stringify([{ id: 'sub-000000000000' }]),
};

/** Milliseconds to import `file` (module evaluation included) in a fresh Node process. */
function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...FAKE_ENV },
  });
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr.split('\n').slice(0, 5).join(' ')}`);
  return Number(run.stdout);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The config bundle the stack embeds: the project's default config, else the infra test fixture. */
function configBundle() {
  const path = existsSync(join(PROJECT_ROOT, 'config/watchlist.yaml')) ? 'config/shiftwatch.yaml' : 'tests/infra/fixtures/shiftwatch.yaml';
  return loadBundle(path, PROJECT_ROOT);
}

export async function benchBundles(): Promise<BenchResult[]> {
  const { define } = functionDefine(configBundle());
  const outRoot = mkdtempSync(join(tmpdir(), 'shiftwatch-bundles-'));
  const results: BenchResult[] = [];
  try {
    // Baseline, measured in this run: what one SDK client alone costs to ship and to import.
    const baseDir = join(outRoot, 'baseline');
    const baseZipped = zippedSize(await buildBaselineBundle(baseDir));
    const baseMs = median(Array.from({ length: IMPORT_RUNS }, () => importMs(join(baseDir, 'index.mjs'))));
    for (const fn of Object.keys(FUNCTION_ENTRIES) as FunctionName[]) {
      const outdir = join(outRoot, fn);
      const files = await buildFunctionBundle(fn, outdir, define);
      const zipped = zippedSize(files);
      results.push({
        name: `bundle ${fn} zipped`,
        value: zipped,
        unit: 'bytes',
        baseline: baseZipped,
        ratio: zipped / baseZipped,
        target: `< ${ZIP_TARGET_BYTES} bytes: ${zipped < ZIP_TARGET_BYTES ? 'met' : 'MISSED'}`,
      });
      const runs = Array.from({ length: IMPORT_RUNS }, () => importMs(join(outdir, 'index.mjs')));
      const ms = Math.round(median(runs) * 10) / 10;
      results.push({
        name: `bundle ${fn} cold import`,
        value: ms,
        unit: 'ms',
        baseline: Math.round(baseMs * 10) / 10,
        ratio: ms / baseMs,
        target: `< ${IMPORT_TARGET_MS} ms: ${ms < IMPORT_TARGET_MS ? 'met' : 'MISSED'}`,
      });
    }
  } finally {
    rmSync(outRoot, { recursive: true, force: true });
  }
  return results;
}

// `npx tsx bench/bundles.ts` prints the table on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await benchBundles()) {
    console.log(`${r.name.padEnd(36)} ${String(r.value).padStart(10)} ${r.unit.padEnd(5)} (SDK-only baseline ${r.baseline}, ratio ${r.ratio?.toFixed(2)}, target ${r.target})`);
  }
}

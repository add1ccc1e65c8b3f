/**
 * Builds a function bundle with esbuild directly, with the options the CDK construct passes to
 * NodejsFunction (infra/constructs/bundling.ts), for the benchmark and the handler tests: what
 * they measure and run is what `cdk deploy` ships.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESBUILD_OPTIONS, FUNCTION_ENTRIES, type FunctionName } from './constructs/bundling.js';
import { PROJECT_ROOT } from './constructs/shiftwatch-function.js';

/** Functions that embed the config bundle (the dispatcher and the digest need none), as in the stack. */
export const EMBEDS_CONFIG: Readonly<Record<FunctionName, boolean>> = { scheduler: true, fetchWorker: true, alertDispatcher: false, digest: false };

/**
 * Bundles one function into `outdir` (index.mjs and its source map) and returns the files.
 *
 * @example await buildFunctionBundle('scheduler', '/tmp/out', functionDefine(bundle).define)
 */
export async function buildFunctionBundle(
  fn: FunctionName,
  outdir: string,
  define: Record<string, string>,
): Promise<{ name: string; data: Buffer }[]> {
  await build({
    ...ESBUILD_OPTIONS,
    mainFields: [...ESBUILD_OPTIONS.mainFields],
    external: [...ESBUILD_OPTIONS.external],
    entryPoints: { index: join(PROJECT_ROOT, FUNCTION_ENTRIES[fn]) },
    outdir,
    absWorkingDir: PROJECT_ROOT,
    define: EMBEDS_CONFIG[fn] ? define : {},
    logLevel: 'error',
  });
  return readdirSync(outdir).map((name) => ({ name, data: readFileSync(join(outdir, name)) }));
}

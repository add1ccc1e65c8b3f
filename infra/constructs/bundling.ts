/**
 * esbuild options shared by the CDK functions and `bench/bundles.ts`, so the benchmark
 * measures exactly what is deployed. Plain data: no CDK import.
 */
import { basename } from 'node:path';
import type { BundledConfig } from '../../shared/config.js';
import { ConfigError } from '../../shared/domain/errors.js';
import type { FeedSource } from '../../shared/ports/feed-fetcher.js';
import { deployableFeeds } from '../context.js';

/** Node major of the Lambda runtime (Runtime.NODEJS_24_X, the newest this aws-cdk-lib offers). */
export const LAMBDA_NODE_MAJOR = 24;

// ESM output: some bundled CommonJS dependencies (rss-parser, iconv-lite, wink) call require()
// for Node built-ins, which an ES module lacks.
const REQUIRE_SHIM =
  "import { createRequire as __shiftwatchCreateRequire } from 'node:module'; const require = __shiftwatchCreateRequire(import.meta.url);";

/** The esbuild options of every shiftwatch function (esbuild's own option names). */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${LAMBDA_NODE_MAJOR}`,
  minify: true,
  // Linked .map files plus NODE_OPTIONS=--enable-source-maps give readable stack traces;
  // without sources content the map stays small.
  sourcemap: 'linked',
  sourcesContent: false,
  // Prefer ES module entry points so the AWS SDK tree-shakes to the clients a function uses.
  mainFields: ['module', 'main'],
  banner: { js: REQUIRE_SHIM },
  // The SDK is bundled, not taken from the runtime: only the clients a function imports ship,
  // versions are pinned by the lock file, and a minified bundle loads faster than node_modules.
  external: [] as string[],
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
} as const;

/** The handler source of each function, relative to the project root. */
export const FUNCTION_ENTRIES = {
  scheduler: 'functions/scheduler/handler.ts',
  fetchWorker: 'functions/fetch-worker/handler.ts',
  alertDispatcher: 'functions/alert-dispatcher/handler.ts',
  digest: 'functions/digest/handler.ts',
} as const;

export type FunctionName = keyof typeof FUNCTION_ENTRIES;

/** The global a function reads its synth-time config from (see functions/runtime.ts). */
export const BUNDLE_GLOBAL = '__SHIFTWATCH_BUNDLE__';

// esbuild receives defines as one command-line argument, which Linux caps at 128 KiB.
const MAX_DEFINE_BYTES = 120_000;

/**
 * The esbuild `define` that embeds a validated config bundle into a function at synth.
 *
 * @example bundleDefine({ config, watchlist }) // { __SHIFTWATCH_BUNDLE__: '{"config":...}' }
 */
export function bundleDefine(bundle: unknown): Record<string, string> {
  const json = JSON.stringify(bundle);
  if (Buffer.byteLength(json) > MAX_DEFINE_BYTES) {
    throw new ConfigError(
      `the config and watchlist take ${Buffer.byteLength(json)} bytes once embedded, over the ${MAX_DEFINE_BYTES}-byte limit for a function bundle; shorten the watchlist.`,
    );
  }
  return { [BUNDLE_GLOBAL]: json };
}

/**
 * What a deployed function embeds: the config with only its http(s) feeds and without local
 * paths (they mean nothing in Lambda and would tie the asset hash to one machine), plus the
 * watchlist. Returns the esbuild define and the local feeds left out.
 *
 * @example const { define, skipped } = functionDefine(loadBundle('config/shiftwatch.yaml'));
 */
export function functionDefine(bundle: BundledConfig): { define: Record<string, string>; skipped: FeedSource[] } {
  const { deployed, skipped } = deployableFeeds(bundle.config.feeds);
  const config = { ...bundle.config, feeds: deployed, watchlist: basename(bundle.config.watchlist), store: '', alertsFile: '' };
  return { define: bundleDefine({ config, watchlist: bundle.watchlist }), skipped };
}

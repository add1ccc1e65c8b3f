/**
 * What every handler needs at cold start: environment variables (missing ones fail the cold
 * start with a one-line message, not the first event), the config embedded at synth, and
 * the Powertools logger and metrics. Adapters are built once per container by the handlers.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { BundledConfig } from '../shared/config.js';
import { ConfigError } from '../shared/domain/errors.js';

// Replaced at bundle time by esbuild `define` (infra/constructs/bundling.ts BUNDLE_GLOBAL).
declare const __SHIFTWATCH_BUNDLE__: BundledConfig | undefined;

/**
 * A required environment variable, trimmed. Throws ConfigError when it is missing, which
 * fails the cold start: a misconfigured function never half-processes an event.
 *
 * @example const tableName = getStringFromEnv({ key: 'STORIES_TABLE' });
 */
export function getStringFromEnv(options: { key: string; errorMessage?: string; env?: NodeJS.ProcessEnv }): string {
  const value = (options.env ?? process.env)[options.key]?.trim();
  if (!value) {
    throw new ConfigError(options.errorMessage ?? `environment variable ${options.key} is required (it is set by the CDK stack)`);
  }
  return value;
}

/**
 * The config and watchlist validated at synth and embedded into this bundle.
 *
 * @example const { config, watchlist } = embeddedBundle();
 */
export function embeddedBundle(): BundledConfig {
  const bundle = typeof __SHIFTWATCH_BUNDLE__ === 'undefined' ? undefined : __SHIFTWATCH_BUNDLE__;
  if (!bundle) throw new ConfigError('no config embedded in this bundle (build it with the CDK stack or bench/bundles.ts)');
  return bundle;
}

/** The Powertools logger; service name and level come from the environment the stack sets. */
export function createLogger(): Logger {
  return new Logger();
}

/** Powertools metrics; namespace and `service` dimension come from the environment. */
export function createMetrics(): Metrics {
  return new Metrics();
}

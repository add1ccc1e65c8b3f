import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/shiftwatch-app.js';
import type { ShiftwatchStack } from '../../infra/shiftwatch-stack.js';

/** Config with one http(s) feed and one local file, and a three-actor watchlist. */
export const FIXTURE_CONFIG = 'tests/infra/fixtures/shiftwatch.yaml';

/**
 * Builds the app as `cdk synth` would (context validation, config bundle, cdk-nag), with
 * bundling skipped so a synth takes a second, not an esbuild run per function.
 */
export function synth(context: Record<string, string> = {}, config = FIXTURE_CONFIG): { stack: ShiftwatchStack; template: Template } {
  const { stack } = buildApp({ context: { 'aws:cdk:bundling-stacks': [], config, ...context } });
  return { stack, template: Template.fromStack(stack) };
}

type Resources = Record<string, { Type: string; Properties?: Record<string, any> }>;

export function resourcesOf(template: Template, type: string): Resources {
  return template.findResources(type) as Resources;
}

/** The logical id of the one resource of `type` whose logical id starts with `prefix`. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(resourcesOf(template, type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} starting with ${prefix}, found ${ids.join(', ') || 'none'}`);
  return ids[0];
}

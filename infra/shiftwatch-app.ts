import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadBundle } from '../shared/config.js';
import { readContext, type RawContext } from './context.js';
import { ShiftwatchStack } from './shiftwatch-stack.js';

export const STACK_NAME = 'Shiftwatch';

/**
 * Builds the CDK app: reads and validates the context, loads and validates the config bundle,
 * creates the stack and registers the cdk-nag AWS Solutions checks (so a new finding fails
 * `cdk synth`, not a review). Throws ConfigError with one sentence on any mistake.
 *
 * @example const { app } = buildApp(); app.synth();
 */
export function buildApp(props: AppProps = {}, cwd = process.cwd()): { app: App; stack: ShiftwatchStack } {
  const app = new App(props);
  const get = (key: keyof RawContext): unknown => app.node.tryGetContext(key);
  const configPath = readContext({ config: get('config') }, { actors: [], issues: [] }).configPath;
  const bundle = loadBundle(configPath, cwd);
  const context = readContext(
    {
      alertEmails: get('alertEmails'),
      alertPhones: get('alertPhones'),
      opsEmails: get('opsEmails'),
      subscriptions: get('subscriptions'),
      digestHour: get('digestHour'),
      config: get('config'),
    },
    bundle.watchlist,
  );
  const stack = new ShiftwatchStack(app, STACK_NAME, {
    bundle,
    context,
    description: 'shiftwatch: news feeds in, position-shift alerts out',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

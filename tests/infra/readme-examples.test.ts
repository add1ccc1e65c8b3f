import { describe, expect, it } from 'vitest';
import { commandLine, README_EXAMPLES } from '../../infra/readme-examples.js';
import { DEFAULT_CONFIG_PATH } from '../../infra/context.js';
import { resourcesOf, synth } from './support.js';

// The README's deploy commands, synthesised with the project's own default config and
// watchlist (not the test fixture), so the ids they show must exist there.
describe('README context examples', { timeout: 60_000 }, () => {
  it.each(README_EXAMPLES.map((e) => [commandLine(e), e] as const))('%s synthesises', (_, example) => {
    const { template } = synth({ ...example.context }, example.context.config ?? DEFAULT_CONFIG_PATH);
    const endpoints = Object.values(resourcesOf(template, 'AWS::SNS::Subscription')).map((s) => s.Properties!.Endpoint);
    const expected = [
      ...(example.context.alertEmails?.split(',') ?? []),
      ...(example.context.alertPhones?.split(',') ?? []),
      ...(example.context.opsEmails?.split(',') ?? []),
      ...(JSON.parse(example.context.subscriptions ?? '[]') as { email?: string; sms?: string }[]).map((s) => s.email ?? s.sms),
    ];
    expect(endpoints.sort()).toEqual(expected.sort());
  });

  it('quotes JSON for the shell', () => {
    const line = commandLine({ title: 't', command: 'deploy', context: { subscriptions: `[{"email":"o'brien@x.org"}]` } });
    expect(line).toBe(`npx cdk deploy -c subscriptions='[{"email":"o'\\''brien@x.org"}]'`);
  });
});

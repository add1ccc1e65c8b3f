import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/shiftwatch-app.js';
import { FIXTURE_CONFIG } from './support.js';

const context = {
  'aws:cdk:bundling-stacks': [],
  config: FIXTURE_CONFIG,
  alertEmails: 'a@example.org',
  alertPhones: '+12025550100',
  opsEmails: 'ops@example.org',
  subscriptions: JSON.stringify([{ email: 'b@example.org', actors: ['russia'] }]),
};

describe('cdk-nag AwsSolutionsChecks', { timeout: 60_000 }, () => {
  it('finds nothing unacknowledged in the stack', () => {
    const { app } = buildApp({ context });
    expect(() => app.synth()).not.toThrow();
  });

  it('is really registered: an unencrypted, TLS-optional queue fails the synth', () => {
    const { app, stack } = buildApp({ context });
    new Queue(stack, 'CarelessQueue', { encryption: undefined, enforceSSL: false });
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS[234]/);
  });

  it('records a reason with every acknowledgement', () => {
    const { stack } = buildApp({ context });
    const acks = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acks.length).toBeGreaterThan(0);
    for (const [id, reason] of acks) {
      expect(id).toMatch(/^AwsSolutions::AwsSolutions-\w+\d+\[.+\]$/);
      expect(reason.length, id).toBeGreaterThan(40);
    }
  });
});

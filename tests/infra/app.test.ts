import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONFIG } from './support.js';

const outdir = mkdtempSync(join(tmpdir(), 'shiftwatch-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Runs infra/app.ts as `cdk synth` does (a fresh process; context through CDK_CONTEXT_JSON). */
function runApp(context: Record<string, unknown>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ 'aws:cdk:bundling-stacks': [], config: FIXTURE_CONFIG, ...context }),
    },
  });
}

describe('infra/app.ts', { timeout: 60_000 }, () => {
  it.each([
    [{ alertEmails: 'bob' }, "shiftwatch: -c alertEmails: 'bob' is not an email address (expected name@example.org)."],
    [{ alertPhones: '2025550100' }, "shiftwatch: -c alertPhones: '2025550100' is not a phone number in E.164 format (expected + then country code and number, e.g. +12025550100)."],
    [{ subscriptions: '[{"email":"a@x.org","actors":["atlantis"]}]' }, "shiftwatch: -c subscriptions[0].actors: unknown actor 'atlantis' (known: russia, ukraine, usa)."],
    [{ config: 'no/such/config.yaml' }, 'shiftwatch: '],
  ])('exits 1 with one line and no stack trace for %j', (context, expected) => {
    const run = runApp(context);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(expected)).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

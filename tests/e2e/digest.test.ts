import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gsm7Length } from '../../shared/domain/alerts/gsm7.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/shiftwatch.js');

function shiftwatch(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SHIFTWATCH_DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The bundled sample feeds (local files only: no network), dated late November 2025. */
function sampleConfig(dir: string): void {
  writeFileSync(
    join(dir, 'shiftwatch.yaml'),
    [
      'feeds:',
      `  - {url: ${join(ROOT, 'samples/feeds/kyiv-courier.xml')}, name: Kyiv Courier}`,
      `  - {url: ${join(ROOT, 'samples/feeds/harbour-wire.atom')}, name: Harbour Wire}`,
      `  - {url: ${join(ROOT, 'samples/feeds/steppe-monitor.rdf')}, name: Steppe Monitor}`,
      `watchlist: ${join(ROOT, 'config/watchlist.yaml')}`,
      'horizonHours: 100000',
    ].join('\n'),
  );
}

/** Hours from the samples' earliest date to now, plus a day: a window that holds the sample alert. */
const SINCE_SAMPLES = String(Math.ceil((Date.now() - Date.parse('2025-11-24T00:00:00Z')) / 3_600_000) + 24);

describe('CLI: shiftwatch digest', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shiftwatch-digest-'));
    sampleConfig(dir);
    const run = shiftwatch(['run'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ALERT Ukraine on renounce-nato: oppose -> conditional/);
  });

  it('prints the digest of the alerts in the window: subject, one-segment SMS and the email body', () => {
    const result = shiftwatch(['digest', '--since', SINCE_SAMPLES], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const subject = result.stdout.match(/^Subject: (.*)$/m)![1];
    expect(subject).toMatch(/^shiftwatch digest \d{4}-\d{2}-\d{2}: \d+ shifts? \(.*Ukraine.*\)$/);
    expect(subject.length).toBeLessThan(100);
    const sms = result.stdout.match(/^SMS: (.*)$/m)![1];
    expect(sms).toMatch(/^shiftwatch digest: \d+ shifts? \(.*Ukraine renounce-nato oppose->conditional/);
    expect(gsm7Length(sms)).toBeLessThanOrEqual(160);
    expect(result.stdout).toMatch(/^\d+\. Ukraine moved from oppose to conditional on .*\(renounce-nato\)$/m);
    expect(result.stdout).toMatch(/^ {3}https?:\/\/\S+$/m);
    expect(result.stdout).toMatch(/^\d+ shifts? in this digest\.$/m);
  });

  it('gives the same digest as one JSON object with --json', () => {
    const result = shiftwatch(['digest', '--since', SINCE_SAMPLES, '--json'], dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const digest = JSON.parse(lines[0]) as { count: number; subject: string; sms: string; email: string; alertIds: string[]; since: string; until: string };
    expect(digest.count).toBeGreaterThan(0);
    expect(digest.alertIds).toHaveLength(digest.count);
    expect(digest.email).toContain('Ukraine moved from oppose to conditional');
    expect(Date.parse(digest.until) - Date.parse(digest.since)).toBe(Number(SINCE_SAMPLES) * 3_600_000);
  });

  it('says there is nothing in the default last 24 hours (the samples are older), and sends no empty digest', () => {
    const text = shiftwatch(['digest'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^no alerts in the last 24 hours \(since \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/m);
    const json = shiftwatch(['digest', '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ count: 0 });
    expect(JSON.parse(json.stdout).subject).toBeUndefined();
  });

  it.each([
    [['digest', '--since', 'soon'], /^shiftwatch: digest: --since must be a number of hours from 1 to 17544, not 'soon'$/m],
    [['digest', '--since', '0'], /^shiftwatch: digest: --since must be a number of hours/m],
    [['digest', '--store', 'nowhere'], /^shiftwatch: digest: no store at .*nowhere/m],
    [['digest', 'extra'], /^shiftwatch: digest: unexpected argument 'extra'$/m],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const result = shiftwatch(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists digest in the usage text', () => {
    expect(shiftwatch(['help'], dir).stdout).toMatch(/^ {2}digest \[--since HOURS\] \[--store DIR\] \[--json\]/m);
  });
});

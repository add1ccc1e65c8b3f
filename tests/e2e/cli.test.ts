import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/local-services.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/shiftwatch.js');
const DEV = resolve(ROOT, '../shared/eval/dev');

function shiftwatch(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SHIFTWATCH_DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A config over the bundled samples plus a feed on a closed loopback port (never the real network). */
async function sampleConfig(dir: string): Promise<{ path: string; closedUrl: string }> {
  const port = await freePort();
  const closedUrl = `http://127.0.0.1:${port}/rss.xml`;
  const path = join(dir, 'shiftwatch.yaml');
  writeFileSync(
    path,
    [
      'feeds:',
      `  - {url: ${join(ROOT, 'samples/feeds/kyiv-courier.xml')}, name: Kyiv Courier}`,
      `  - {url: ${join(ROOT, 'samples/feeds/harbour-wire.atom')}, name: Harbour Wire}`,
      `  - {url: ${join(ROOT, 'samples/feeds/steppe-monitor.rdf')}, name: Steppe Monitor}`,
      `  - {url: '${closedUrl}', name: Offline Feed}`,
      `watchlist: ${join(ROOT, 'config/watchlist.yaml')}`,
      'horizonHours: 100000',
      'fetch:',
      '  allowHosts: [127.0.0.1]',
      '  connectTimeoutMs: 2000',
    ].join('\n'),
  );
  return { path, closedUrl };
}

describe('CLI: shiftwatch run', () => {
  let dir: string;
  let first: ReturnType<typeof shiftwatch>;
  let second: ReturnType<typeof shiftwatch>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shiftwatch-run-'));
    await sampleConfig(dir);
    first = shiftwatch(['run'], dir);
    second = shiftwatch(['run'], dir);
  });

  it('prints the shift alert from the bundled samples, a progress line per feed and a summary, and exits 0', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ALERT Ukraine on renounce-nato: oppose -> conditional/);
    expect(first.stdout.match(/^\[\d\/4\] /gm)).toHaveLength(4);
    expect(first.stdout).toMatch(/^summary: 4 feeds \(3 ok, 0 not modified, 0 resting, 1 failed\)/m);
    // the bundled watchlist's one warning (a generic seed) is pointed out once, before the feeds
    expect(first.stdout).toMatch(/^watchlist: 1 warning; `shiftwatch watchlist .*watchlist\.yaml` shows it and how each issue is read$/m);
  });

  it('reports the unreachable feed in one line and goes on', () => {
    const line = first.stdout.split('\n').find((l) => l.includes('Offline Feed'));
    expect(line).toMatch(/Offline Feed: FAILED http:\/\/127\.0\.0\.1:\d+\/rss\.xml: .*refused/);
  });

  it('writes the alert once to the alerts file, and nothing for the mention-only article', () => {
    const alerts = jsonLines(readFileSync(join(dir, '.shiftwatch/alerts.jsonl'), 'utf8'));
    expect(alerts.map((a) => `${a.actor} ${a.issue} ${a.from}->${a.to}`)).toContain('ukraine renounce-nato oppose->conditional');
    expect(alerts.filter((a) => a.actor === 'ukraine' && a.issue === 'renounce-nato')).toHaveLength(1);
    const deciding = alerts.map((a) => (a.evidence as { url: string }[])[0].url);
    expect(deciding.some((url) => url.includes('talks-held-in-moscow'))).toBe(false);
    expect(deciding.some((url) => url.includes('analysts-territory'))).toBe(false);
    // The original carried it first: the later copy from another outlet does not decide it.
    expect(deciding).toContain('https://example.org/kyiv-courier/2025/11/27/kyiv-ready-to-drop-nato-bid');
  });

  it('adds no story and raises no alert on a second run', () => {
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/ALERT/);
    expect(second.stdout).toMatch(/0 new stories/);
    const alerts = jsonLines(readFileSync(join(dir, '.shiftwatch/alerts.jsonl'), 'utf8'));
    expect(alerts.filter((a) => a.actor === 'ukraine' && a.issue === 'renounce-nato')).toHaveLength(1);
  });

  it('shows the new position with positions --json', () => {
    const result = shiftwatch(['positions', '--json'], dir);
    expect(result.code).toBe(0);
    const positions = jsonLines(result.stdout);
    expect(positions.find((p) => p.actor === 'ukraine' && p.issue === 'renounce-nato')).toMatchObject({ stance: 'conditional' });
  });

  it('writes a self-contained positions page with --html', () => {
    const result = shiftwatch(['positions', '--html', 'positions.html'], dir);
    expect(result.code).toBe(0);
    const html = readFileSync(join(dir, 'positions.html'), 'utf8');
    expect(html).toMatch(/<html/i);
    expect(html).toContain('renounce-nato');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/i);
  });
});

describe('CLI: shiftwatch run --json', () => {
  it('keeps stdout to alert JSON Lines and sends progress to stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-json-'));
    await sampleConfig(dir);
    const result = shiftwatch(['run', '--json'], dir);
    expect(result.code).toBe(0);
    const alerts = jsonLines(result.stdout);
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) expect(Object.keys(alert)).toEqual(expect.arrayContaining(['id', 'actor', 'issue', 'from', 'to', 'confidence', 'at', 'evidence']));
    expect(result.stderr).toMatch(/^summary: /m);
  });
});

describe('CLI: shiftwatch replay', () => {
  it('prints well-formed alert lines for the dev set feeds', () => {
    const feeds = ['wire-one', 'harbor-times', 'meridian-dispatch', 'northgate-ledger', 'capital-bulletin'].map((f) => join(DEV, 'feeds', `${f}.xml`));
    const result = shiftwatch(['replay', ...feeds, '--watchlist', join(DEV, 'watchlist.yaml'), '--json'], ROOT);
    expect(result.code).toBe(0);
    const alerts = jsonLines(result.stdout);
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      expect(alert).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{16,}$/), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect(['support', 'oppose', 'conditional']).toContain(alert.from);
      expect(['support', 'oppose', 'conditional']).toContain(alert.to);
      expect(alert.confidence).toBeGreaterThanOrEqual(0);
      expect(alert.confidence).toBeLessThanOrEqual(1);
      const [decider] = alert.evidence as Record<string, string>[];
      expect(Object.keys(decider)).toEqual(expect.arrayContaining(['url', 'title', 'source', 'published', 'quote']));
      expect(decider.published).toBe(alert.at);
    }
  });

  it('reports an unreadable feed on stderr and goes on; exits 1 only when no feed could be read', () => {
    const good = join(ROOT, 'samples/feeds/kyiv-courier.xml');
    const partly = shiftwatch(['replay', good, join(ROOT, 'no-such-feed.xml'), '--json'], ROOT);
    expect(partly.code).toBe(0);
    expect(partly.stderr).toMatch(/no-such-feed\.xml/);
    const none = shiftwatch(['replay', join(ROOT, 'no-such-feed.xml')], ROOT);
    expect(none.code).toBe(1);
  });
});

describe('CLI: shiftwatch analyze', () => {
  it('reads a plain-text article from stdin and prints its claims as JSON', () => {
    const text = 'Kyiv ready to drop NATO bid\n\nUkraine is ready to drop its bid to join NATO in exchange for binding security guarantees, President Volodymyr Zelensky said on Thursday.';
    const result = shiftwatch(['analyze', '-', '--json'], ROOT, text);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toContainEqual(expect.objectContaining({ actor: 'ukraine', issue: 'renounce-nato', stance: 'conditional' }));
  });

  it('reads an HTML page, leaving out its navigation', () => {
    const html =
      '<html><head><title>Kyiv ready to drop NATO bid</title></head><body><nav>Home | World | NATO</nav>' +
      '<p>Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees, ' +
      'President Volodymyr Zelensky said on Thursday.</p></body></html>';
    const result = shiftwatch(['analyze', '-', '--json', '--explain'], ROOT, html);
    expect(result.code).toBe(0);
    const claims = jsonLines(result.stdout);
    const nato = claims.find((c) => c.issue === 'renounce-nato');
    expect(nato).toMatchObject({ actor: 'ukraine', stance: 'conditional' });
    expect(JSON.stringify(claims)).not.toContain('Home | World');
  });

  it('reads an article object as stored in a labelled set (articles/NNN.json), not its JSON keys', () => {
    const article = JSON.stringify({
      id: '007',
      title: 'Kyiv ready to drop NATO bid',
      text: 'Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees, President Volodymyr Zelensky said on Thursday.',
    });
    const result = shiftwatch(['analyze', '-', '--json', '--explain'], ROOT, article);
    expect(result.code).toBe(0);
    const claims = jsonLines(result.stdout);
    expect(claims).toContainEqual(expect.objectContaining({ actor: 'ukraine', issue: 'renounce-nato', stance: 'conditional' }));
    expect(JSON.stringify(claims)).not.toContain('\\"id\\"');
  });

  it('finds no claim in a report that talks were held in Moscow', () => {
    const result = shiftwatch(['analyze', '-', '--json'], ROOT, 'Talks on the NATO question were held in Moscow on Tuesday, officials said.');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('');
  });
});

describe('CLI: output closed early', () => {
  it('stops quietly when the reader of its output goes away (`| head`), with no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'analyze', '-', '--explain'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    // close the read end before the CLI has written anything, so its first write meets a closed pipe
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees, Zelensky said.');
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});

describe('CLI: bad input', () => {
  it.each([
    [['frobnicate'], /^shiftwatch: unknown command 'frobnicate'/],
    [['run', '--bogus'], /^shiftwatch: run: Unknown option '--bogus'/],
    [['replay'], /^shiftwatch: replay: give at least one FEED/],
    [['analyze', 'a.txt', 'b.txt'], /^shiftwatch: analyze: unexpected argument 'b.txt'/],
    [['run', '--config', 'missing.yaml'], /^shiftwatch: missing\.yaml: cannot read config file \(no such file\)/],
  ])('%j exits 2 with one line', (args, message) => {
    const result = shiftwatch(args, ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the file and line of a broken watchlist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-bad-'));
    writeFileSync(join(dir, 'w.yaml'), 'actors:\n  - {id: a}\nissues:\n  - {id: i}\n');
    const result = shiftwatch(['analyze', '-', '--watchlist', 'w.yaml'], dir, 'text');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("shiftwatch: w.yaml:4: issues entry is missing 'name'");
  });

  it('shows how the reader understands the bundled watchlist and exits 1 on its one warning (a generic seed, kept on purpose)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-watchlist-'));
    const result = shiftwatch(['watchlist'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('issue renounce-nato: "Ukraine formally abandons its bid to join NATO"');
    expect(result.stdout).toContain('term "join NATO": "Zorblax called on them to join NATO." -> oppose');
    expect(result.stdout).toContain('term "reparations loan": "Zorblax called for reparations loan." -> support');
    // (each issue's acts, from its name and description: a stray one would show here)
    expect(result.stdout).toContain('issue european-troops: "European troops are deployed in Ukraine after a deal"\n  proposition: as named');
    expect(result.stdout).toContain('\n  acts: deployed, stationed (an actor doing one supports the proposition)\n');
    expect(result.stdout).toMatch(/warnings \(1\):\n {2}issue security-guarantees: term "guarantees" is an ordinary negotiation word/);
    expect(result.code).toBe(1);
    const json = shiftwatch(['watchlist', join(ROOT, 'config/watchlist.yaml'), '--json'], dir);
    const check = JSON.parse(json.stdout) as { issues: { id: string; proposition: string }[]; warnings: string[] };
    expect(check.issues.find((i) => i.id === 'cede-donbas')?.proposition).toBe('give-up');
    expect(check.warnings).toHaveLength(1);
  });

  it('refuses a second watchlist argument in one line', () => {
    const result = shiftwatch(['watchlist', 'a.yaml', 'b.yaml'], ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("shiftwatch: watchlist: unexpected argument 'b.yaml'");
  });

  it('explains a missing store for positions without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-empty-'));
    const result = shiftwatch(['positions'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^shiftwatch: positions: no store at .*\.shiftwatch/);
    expect(existsSync(join(dir, '.shiftwatch'))).toBe(false);
  });
});

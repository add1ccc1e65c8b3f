import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEV = resolve(ROOT, '../shared/eval/dev');

function evalSet(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), dir, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run eval on a set in the dev format', () => {
  it('scores claims and shift alerts, reading feed files named .rss as well as .xml, or says alerts were not scored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-eval-'));
    cpSync(DEV, dir, { recursive: true });
    for (const f of readdirSync(join(dir, 'feeds'))) renameSync(join(dir, 'feeds', f), join(dir, 'feeds', f.replace(/\.xml$/, '.rss')));
    const withFeeds = evalSet(dir);
    expect(withFeeds.stderr).toBe('');
    expect(withFeeds.code).toBe(0);
    expect(withFeeds.stdout).toMatch(/^overall {6}P +\d+\.\d +R +\d+\.\d +F1 +\d+\.\d +\(tp \d+, fp \d+, fn \d+\)$/m);
    // the dev set's 16 labelled shifts, replayed from the renamed feeds (with no feeds read, nothing would be raised)
    const shifts = /^shift alerts: (\d+) raised, 16 labelled, (\d+) correct;/m.exec(withFeeds.stdout);
    expect(Number(shifts?.[1])).toBeGreaterThan(0);
    expect(Number(shifts?.[2])).toBeGreaterThan(0);

    rmSync(join(dir, 'feeds'), { recursive: true });
    const claimsOnly = evalSet(dir);
    expect(claimsOnly.code).toBe(0);
    expect(claimsOnly.stdout).toContain(`shift alerts: not scored (no feeds/ folder in ${dir})`);
    // the claim lines do not depend on the feeds
    expect(claimsOnly.stdout.split('\n').filter((l) => /^(overall|support|oppose|conditional) /.test(l)))
      .toEqual(withFeeds.stdout.split('\n').filter((l) => /^(overall|support|oppose|conditional) /.test(l)));
  });

  it('names a folder that is not a labelled set in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-eval-empty-'));
    const result = evalSet(dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/not found \(expected a set with articles\/, watchlist\.yaml, labels\.json\)/);
  });
});

describe('npm run eval on several sets', () => {
  it('prints one summary line per set, the mean, and names a set it cannot read on its line (exit 1)', () => {
    const missing = join(tmpdir(), 'shiftwatch-no-such-set');
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), DEV, join(ROOT, 'eval/iran-talks'), missing], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const single = evalSet(join(ROOT, 'eval/iran-talks'));
    const f1 = /^overall .* F1 +([\d.]+)/m.exec(single.stdout)?.[1];
    expect(lines[1]).toMatch(new RegExp(`^iran-talks +claims P +[\\d.]+ R +[\\d.]+ F1 +${f1!.replace('.', '\\.')} +alerts \\d+ raised, 1 labelled, \\d+ correct, \\d+ false alarms$`));
    expect(lines[2]).toMatch(/^shiftwatch-no-such-set +.*not found \(expected a set with articles\/, watchlist\.yaml, labels\.json\)$/);
    expect(lines[3]).toMatch(/^2 sets: mean claims F1 [\d.]+; alerts \d+ raised, 17 labelled, \d+ correct, \d+ false alarms$/);
    expect(result.status).toBe(1);
  }, 120_000); // (two evals in subprocesses)
});

describe('npm run eval with --groups', () => {
  it('adds a line per group of sets with its mean F1, micro precision / recall and alert counts', () => {
    const groups = join(mkdtempSync(join(tmpdir(), 'shiftwatch-groups-')), 'groups.tsv');
    writeFileSync(groups, '# set\tgroup\ndev\ttuned\niran-talks\tholdout\n');
    const run = (extra: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), DEV, join(ROOT, 'eval/iran-talks'), '--quiet', ...extra], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    const result = run(['--groups', groups]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    // a group of one set has that set's F1, and its tuple counts match the single-set report
    const single = evalSet(join(ROOT, 'eval/iran-talks'));
    const [, f1, tp, fp, fn] = /^overall .* F1 +([\d.]+) +\(tp (\d+), fp (\d+), fn (\d+)\)/m.exec(single.stdout)!;
    expect(lines[3]).toMatch(/^ {2}tuned: 1 sets, mean F1 [\d.]+, micro P \/ R [\d.]+ \/ [\d.]+ \(tp \d+, fp \d+, fn \d+\), alerts \d+ correct \/ \d+ false of 16$/);
    expect(lines[4]).toBe(`  holdout: 1 sets, mean F1 ${f1}, micro P / R ${(Number(tp) / (Number(tp) + Number(fp))).toFixed(3)} / ${(Number(tp) / (Number(tp) + Number(fn))).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}), alerts ${/(\d+) correct;/.exec(single.stdout)![1]} correct / ${/false alarms (\d+)/.exec(single.stdout)![1]} false of 1`);
    // a broken groups file is named in one line
    writeFileSync(groups, 'dev tuned\n');
    const broken = run(['--groups', groups]);
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim()).toBe(`${groups}:1: expected "set<TAB>group", got "dev tuned"`);
  }, 120_000); // (two evals in subprocesses)
});

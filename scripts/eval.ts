/**
 * Scores the stance reader on a labelled set (dev-set format: articles/*.json, watchlist.yaml, labels.json).
 *
 *   npm run eval -- ../shared/eval/dev
 *   npm run eval -- eval/<topic> --quiet      (figures only)
 *   npm run eval -- ../shared/eval/dev eval/*  (one summary line per set, then the mean)
 *   npm run eval -- ../shared/eval/dev eval/* --groups eval/groups.tsv  (and a line per group of sets)
 *
 * Claims are compared as (article, actor, issue, stance) tuples, micro-averaged (see ../shared/eval/dev/README.md).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseWatchlist } from '../shared/domain/watchlist.js';
import { createStanceReader, type Article } from '../shared/domain/reading/stance-reader.js';
import { STANCES, type Claim, type Stance } from '../shared/domain/types.js';
import { ConfigError } from '../shared/domain/errors.js';
import { evaluateShifts, formatShiftScore } from './eval-shifts.js';

export interface LabelledClaim { actor: string; issue: string; stance: Stance; quote?: string; attributed?: boolean }
export interface LabelledArticle extends Article { id: string; url?: string; source?: string }
export interface ClaimMatch { article: string; actor: string; issue: string; stance: Stance; quote: string }
export interface PRF { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface ClaimScore {
  overall: PRF;
  perStance: Record<Stance, PRF>;
  misses: ClaimMatch[];
  falseClaims: ClaimMatch[];
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Compares predicted claims with labelled ones per article, as sets of (article, actor, issue, stance) tuples.
 * Per-stance figures count a tuple under its own stance (a wrong stance is a miss under the labelled stance and a
 * false claim under the predicted one).
 *
 * @example scoreClaims({ '001': [{ actor: 'eu', issue: 'backstop', stance: 'support' }] }, { '001': predictedClaims })
 */
export function scoreClaims(
  expected: Record<string, LabelledClaim[]>,
  predicted: Record<string, Pick<Claim, 'actor' | 'issue' | 'stance' | 'quote'>[]>,
): ClaimScore {
  const key = (a: string, c: { actor: string; issue: string; stance: string }): string => `${a}|${c.actor}|${c.issue}|${c.stance}`;
  const exp = new Map<string, ClaimMatch>();
  const got = new Map<string, ClaimMatch>();
  for (const [a, list] of Object.entries(expected)) for (const c of list) exp.set(key(a, c), { article: a, actor: c.actor, issue: c.issue, stance: c.stance, quote: c.quote ?? '' });
  for (const [a, list] of Object.entries(predicted)) for (const c of list) got.set(key(a, c), { article: a, actor: c.actor, issue: c.issue, stance: c.stance, quote: c.quote });
  const count = (s?: Stance): PRF => {
    let tp = 0; let fp = 0; let fn = 0;
    for (const [k, v] of got) if (!s || v.stance === s) { if (exp.has(k)) tp++; else fp++; }
    for (const [k, v] of exp) if ((!s || v.stance === s) && !got.has(k)) fn++;
    return prf(tp, fp, fn);
  };
  const perStance = Object.fromEntries(STANCES.map((s) => [s, count(s)])) as Record<Stance, PRF>;
  return {
    overall: count(),
    perStance,
    misses: [...exp].filter(([k]) => !got.has(k)).map(([, v]) => v),
    falseClaims: [...got].filter(([k]) => !exp.has(k)).map(([, v]) => v),
  };
}

/** Loads a set in the dev-set format. Throws ConfigError naming the file on bad input. */
export function loadSet(dir: string): { articles: LabelledArticle[]; labels: { claims: Record<string, LabelledClaim[]> }; watchlistText: string } {
  const need = (p: string): string => {
    if (!existsSync(p)) throw new ConfigError(`${p}: not found (expected a set with articles/, watchlist.yaml, labels.json)`);
    return readFileSync(p, 'utf8');
  };
  const parse = <T>(p: string): T => {
    try { return JSON.parse(need(p)) as T; } catch (e) {
      if (e instanceof ConfigError) throw e;
      throw new ConfigError(`${p}: invalid JSON: ${(e as Error).message}`);
    }
  };
  const watchlistText = need(join(dir, 'watchlist.yaml'));
  const labels = parse<{ claims: Record<string, LabelledClaim[]> }>(join(dir, 'labels.json'));
  const adir = join(dir, 'articles');
  if (!existsSync(adir)) throw new ConfigError(`${adir}: not found`);
  const articles = readdirSync(adir).filter((f) => f.endsWith('.json')).sort().map((f) => parse<LabelledArticle>(join(adir, f)));
  return { articles, labels, watchlistText };
}

function pct(x: number): string { return (100 * x).toFixed(1).padStart(5); }

/** The sentence of `text` that contains `quote` (or the quote itself when it spans sentences). */
export function sentenceOf(text: string, quote: string): string {
  if (!quote) return '';
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  const before = text.slice(0, at);
  const dot = before.lastIndexOf('. ');
  const start = Math.max(dot < 0 ? 0 : dot + 2, before.lastIndexOf('\n') + 1);
  const rest = text.slice(at + quote.length);
  const m = /[.!?]["”']?(\s|$)/.exec(rest);
  const end = m ? at + quote.length + m.index + m[0].trimEnd().length : text.length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Reads a set with its own watchlist and scores the claims; `predicted` keeps what the reader said per article. */
function scoreSetClaims(dir: string): { set: ReturnType<typeof loadSet>; predicted: Record<string, Claim[]>; score: ClaimScore } {
  const set = loadSet(resolve(dir));
  const reader = createStanceReader(parseWatchlist(set.watchlistText, join(dir, 'watchlist.yaml')));
  const predicted: Record<string, Claim[]> = {};
  for (const a of set.articles) predicted[a.id] = reader.analyze(a);
  return { set, predicted, score: scoreClaims(set.labels.claims, predicted) };
}

async function main(argv: string[]): Promise<number> {
  const groupsAt = argv.indexOf('--groups');
  const groupsFile = groupsAt >= 0 ? argv[groupsAt + 1] : undefined;
  if (groupsAt >= 0 && (!groupsFile || groupsFile.startsWith('--'))) { console.error('--groups needs a file (set<TAB>group per line)'); return 2; }
  const dirs = argv.filter((a, i) => !a.startsWith('--') && !(groupsAt >= 0 && i === groupsAt + 1));
  if (dirs.length === 0) { console.error('usage: npm run eval -- DIR [--quiet]   or   npm run eval -- DIR DIR ... [--groups FILE] (one summary line per set)'); return 2; }
  if (dirs.length > 1 || groupsFile) return summarise(dirs, groupsFile ? loadGroups(groupsFile) : undefined);
  const dir = dirs[0];
  const quiet = argv.includes('--quiet');
  const { set, predicted, score } = scoreSetClaims(dir);
  const byId = new Map<string, LabelledArticle>(set.articles.map((a) => [a.id, a]));
  const line = (name: string, p: PRF): string => `${name.padEnd(12)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  console.log(`claims on ${dir}: ${set.articles.length} articles`);
  console.log(line('overall', score.overall));
  for (const s of STANCES) console.log(line(s, score.perStance[s]));
  if (!quiet) {
    console.log(`\nmisses (${score.misses.length}):`);
    for (const m of score.misses) {
      const wrong = predicted[m.article]?.find((c) => c.actor === m.actor && c.issue === m.issue);
      console.log(`  ${m.article} ${m.actor} ${m.issue} ${m.stance}${wrong ? ` (read ${wrong.stance})` : ''}: ${m.quote}`);
      console.log(`      | ${sentenceOf(byId.get(m.article)?.text ?? '', m.quote)}`);
    }
    console.log(`\nfalse claims (${score.falseClaims.length}):`);
    for (const f of score.falseClaims) {
      console.log(`  ${f.article} ${f.actor} ${f.issue} ${f.stance}: ${f.quote}`);
      console.log(`      | ${sentenceOf(byId.get(f.article)?.text ?? '', f.quote)}`);
    }
  }
  // Shift alerts: the set's feeds replayed through `shiftwatch replay`, scored against labels.shifts.
  if (existsSync(join(dir, 'feeds'))) {
    const { score: shifts } = await evaluateShifts(resolve(dir));
    console.log('');
    for (const l of formatShiftScore(shifts)) if (!quiet || !l.startsWith('  ')) console.log(l);
  } else {
    console.log(`\nshift alerts: not scored (no feeds/ folder in ${dir})`);
  }
  return 0;
}

interface GroupTotals { sets: number; f1: number; tp: number; fp: number; fn: number; labelled: number; correct: number; falseAlarms: number }

/**
 * Reads `set<TAB>group` lines (eval/groups.tsv): which labelled sets were studied and which are still unseen holdouts,
 * so a change can be judged on the sets it was not tuned on. Blank lines and `#` comments are skipped.
 */
export function loadGroups(file: string): Map<string, string> {
  if (!existsSync(file)) throw new ConfigError(`${file}: not found`);
  const groups = new Map<string, string>();
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [set, group] = line.split('\t');
    if (!set || !group) throw new ConfigError(`${file}:${i + 1}: expected "set<TAB>group", got "${line}"`);
    groups.set(set.trim(), group.trim());
  });
  return groups;
}

/**
 * Several sets: one line each (claims P / R / F1, then alerts raised / labelled / correct / false alarms), then the
 * mean claims F1 and the summed alert counts. A set that cannot be read is reported on its line and left out. With
 * groups, one more line per group: its mean F1, micro precision / recall and alert counts.
 */
async function summarise(dirs: string[], groups?: Map<string, string>): Promise<number> {
  const f1s: number[] = [];
  const perGroup = new Map<string, GroupTotals>();
  const totals = { raised: 0, labelled: 0, correct: 0, falseAlarms: 0 };
  let failed = 0;
  const width = Math.max(...dirs.map((d) => basename(d).length));
  for (const dir of dirs) {
    const name = basename(dir).padEnd(width);
    try {
      const { score } = scoreSetClaims(dir);
      const o = score.overall;
      let alerts = 'alerts not scored (no feeds/)';
      const shifts = existsSync(join(dir, 'feeds')) ? (await evaluateShifts(resolve(dir))).score : undefined;
      if (shifts) {
        const s = shifts;
        alerts = `alerts ${s.alerts} raised, ${s.labelled} labelled, ${s.truePositives} correct, ${s.falseAlarms} false alarms`;
        totals.raised += s.alerts; totals.labelled += s.labelled; totals.correct += s.truePositives; totals.falseAlarms += s.falseAlarms;
      }
      f1s.push(o.f1);
      if (groups) {
        const g = groups.get(basename(dir)) ?? '(not in the groups file)';
        const t = perGroup.get(g) ?? { sets: 0, f1: 0, tp: 0, fp: 0, fn: 0, labelled: 0, correct: 0, falseAlarms: 0 };
        t.sets++; t.f1 += o.f1; t.tp += o.tp; t.fp += o.fp; t.fn += o.fn;
        if (shifts) { t.labelled += shifts.labelled; t.correct += shifts.truePositives; t.falseAlarms += shifts.falseAlarms; }
        perGroup.set(g, t);
      }
      console.log(`${name}  claims P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)}  ${alerts}`);
    } catch (e) {
      failed++;
      console.log(`${name}  ${e instanceof ConfigError ? e.message : `failed: ${(e as Error).message}`}`);
    }
  }
  const mean = f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`${f1s.length} sets: mean claims F1 ${pct(mean).trim()}; alerts ${totals.raised} raised, ${totals.labelled} labelled, ${totals.correct} correct, ${totals.falseAlarms} false alarms`);
  for (const [g, t] of perGroup) {
    const p = prf(t.tp, t.fp, t.fn);
    console.log(`  ${g}: ${t.sets} sets, mean F1 ${pct(t.f1 / t.sets).trim()}, micro P / R ${p.precision.toFixed(3)} / ${p.recall.toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}), alerts ${t.correct} correct / ${t.falseAlarms} false of ${t.labelled}`);
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // (`npm run eval -- DIR | head`: a reader that goes away ends the run quietly)
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }).catch((e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : `eval failed: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}

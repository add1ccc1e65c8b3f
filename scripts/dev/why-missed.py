#!/usr/bin/env python3
"""Where the reader loses each labelled claim it misses.
usage (from the repository root): python3 scripts/dev/why-missed.py [GROUP-REGEX] [EXAMPLES]
Builds an instrumented copy of shared/ in scratch/instr/ (every `return undefined` of stanceFor and each filtering stage
of chooseIssues report what they drop; the copy is never committed), then runs every set of eval/groups.tsv whose group
matches GROUP-REGEX (default: studied, never-studied and seen sets; never a holdout) and counts each miss by cause:
wrong-stance, no-holder (the actor never holds a stance in the article), QS-chose-nothing@STAGE / QS-chose-other@STAGE
(the actor holds a stance in the quote's sentence and the issue is named there, but chooseIssues drops it at STAGE),
QS:holder-in-quote-sentence,issue-not-hit, L<line> (a `return undefined` of stanceFor). EXAMPLES > 0 lists that many
misses per cause with the chooser's view of the sentence. The patches are anchored on source lines: if the reader
changes there, this script fails on an assertion and needs its anchors updated."""
import os, subprocess, sys
if len(sys.argv) > 2 and sys.argv[2] != '0' and 'holdout' in sys.argv[1]:
    sys.exit('why-missed: no examples from holdout groups (their misses must stay unread)')
os.makedirs('scratch/instr', exist_ok=True)
import re, shutil, os
shutil.rmtree('scratch/instr/shared', ignore_errors=True)
shutil.copytree('shared', 'scratch/instr/shared')
p='scratch/instr/shared/domain/reading/stance-cues.ts'
L=open(p).read().split('\n')
start=next(i for i,l in enumerate(L) if l.startswith('export function stanceFor('))
end=next(i for i in range(start+1,len(L)) if L[i].startswith('}'))
for i in range(start,end):
    L[i]=re.sub(r'return undefined;', f'return ((globalThis as any).__RU?.({i+1}), undefined);', L[i])
L[start]=L[start]+"\n  (globalThis as any).__SF?.(h.m.actor, hit.issue);"
open(p,'w').write('\n'.join(L))
p='scratch/instr/shared/domain/reading/stance-reader.ts'
s=open(p).read()
o="      const issueHits = chooseIssues(c, S, h, zone[0], zone[1], articleScore, recent, claimsSoFar(prevClaims, claims), toks, cs);\n"
assert o in s
s=s.replace(o,o+"      (globalThis as any).__CH?.(h.m.actor, issueHits.map((x) => x.issue), S.hits.map((x) => x.issue), toks.slice(S.start, S.end).map((t) => t.text).join(''), S.hits.map((x) => `${x.issue}:${x.phrase}${x.nameWord ? '(nw)' : ''}${x.ref !== 'none' ? '(' + x.ref + ')' : ''}`), h.cues.map((o) => o.label));\n")
open(p,'w').write(s)
p='scratch/instr/shared/domain/reading/issue-hits.ts'
s=open(p).read()
def after(anchor, code):
    global s
    assert s.count(anchor)==1, anchor
    s=s.replace(anchor, anchor+code)
R="(globalThis as any).__CIS?.(h.m.actor, toks.slice(S.start, S.end).map((t) => t.text).join(''), "
after("  const group = [h.m, ...(h.co ?? [])];\n", f"  {R}'0-all', S.hits.map((x) => x.issue));\n")
after("  let hits = S.hits.filter((x) => inHolderZone(h, group, zs, ze, x) && !inOtherCondZone(S, cueZone, x) && !(x.end <= subordinateFrom));\n", f"  {R}'1-zone', hits.map((x) => x.issue));\n")
after("  else hits = hits.filter((x) => !(conditionedHit(toks, zs, x) && inRelativeAfterCue(toks, h, x)));\n", f"  {R}'2-conditioned', hits.map((x) => x.issue));\n")
after("    && !meetingTopic(toks, x));\n", f"  {R}'3-figure', hits.map((x) => x.issue));\n")
after("  if (hits.length === 0) hits = S.hits.filter((x) => inHolderZone(h, group, zs, ze, x) && prerequisiteZone(toks, S, x) !== undefined);\n", f"  {R}'4-prereq', hits.map((x) => x.issue));\n")
after("    if (!candidate) score.delete(k);\n  }\n", f"  {R}'5-candidate', [...score.keys()]);\n")
after("  if (score.size > 0 && subjectRef && [...score.keys()].every((k) => !seeds.has(k))) score.clear();\n", f"  {R}'6-objrel', [...score.keys()]);\n")
after("  const out: Hit[] = [];\n  const picked: Hit[] = [];\n", f"  {R}'7-winners', [...winners]);\n")
open(p,'w').write(s)

DRIVER = r'''// For each labelled claim the reader misses (studied / never / seen sets): which `return undefined` in stanceFor
// dropped the (actor, issue) pair, or whether no candidate was ever read. Instrumented copy of shared/ (see instr).
import { readFileSync } from 'node:fs';
import { parseWatchlist } from './shared/domain/watchlist.js';
import { createStanceReader } from './shared/domain/reading/stance-reader.js';
import { loadSet } from '../../scripts/eval.js';
const g = globalThis as any;
let cur = '';
const holders = new Set<string>(); const chosen = new Set<string>(); const hitIn = new Set<string>();
const calls = new Map<string, number>(); const rus = new Map<string, number[]>();
g.__SF = (a: string, i: string) => { cur = `${a}|${i}`; calls.set(cur, (calls.get(cur) ?? 0) + 1); };
const sentHolder = new Set<string>(); const sentHit = new Set<string>();
const detail = new Map<string, string>();
const stages = new Map<string, [string, string[]][]>();
g.__CIS = (a: string, text: string, stage: string, iss: string[]) => { const k = `${a}|${text}`; (stages.get(k) ?? stages.set(k, []).get(k)!).push([stage, iss]); };
g.__CH = (a: string, iss: string[], hits: string[], text: string, hd: string[], cues: string[]) => { detail.set(`${a}|${text}`, `chose [${iss.join(',')}] hits [${hd.join('; ')}] cues [${cues.join(',')}]`); holders.add(a); sentHolder.add(`${a}|${text}`); for (const i of hits) sentHit.add(`${a}|${i}|${text}`); for (const i of iss) chosen.add(`${a}|${i}`); for (const i of hits) hitIn.add(`${a}|${i}`); };
g.__RU = (line: number) => { (rus.get(cur) ?? rus.set(cur, []).get(cur)!).push(line); };
const groups = readFileSync('eval/groups.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const re = new RegExp(process.argv[2] ?? '^(studied|never|seen)');
const tally = new Map<string, number>(); const ex = new Map<string, string[]>();
for (const [s, grp] of groups) {
  if (!re.test(grp)) continue;
  // (a holdout's misses must stay unread: its counts only, never examples)
  if (/^holdout/.test(grp) && Number(process.argv[3] ?? 0) > 0) continue;
  const dir = s === 'dev' ? '../shared/eval/dev' : `eval/${s}`;
  const set = loadSet(dir);
  const reader = createStanceReader(parseWatchlist(set.watchlistText, dir));
  for (const a of set.articles) {
    calls.clear(); rus.clear(); holders.clear(); sentHolder.clear(); detail.clear(); stages.clear(); sentHit.clear(); chosen.clear(); hitIn.clear();
    const got = reader.analyze(a as any);
    for (const lc of set.labels.claims[a.id] ?? []) {
      if (got.some((c) => c.actor === lc.actor && c.issue === lc.issue && c.stance === lc.stance)) continue;
      const k = `${lc.actor}|${lc.issue}`;
      let why: string;
      if (got.some((c) => c.actor === lc.actor && c.issue === lc.issue)) why = 'wrong-stance';
      else if (!calls.has(k)) { const q = lc.quote.replace(/\s+/g, '');
        const inSent = (key: string, set = sentHit): boolean => [...set].some((x) => x.startsWith(key + '|') && x.slice(key.length + 1).replace(/\s+/g, '').includes(q));
        const det = [...detail].find(([kk]) => kk.startsWith(lc.actor + '|') && kk.slice(lc.actor.length + 1).replace(/\s+/g, '').includes(q))?.[1] ?? '';
        const stg = [...stages].find(([kk]) => kk.startsWith(lc.actor + '|') && kk.slice(lc.actor.length + 1).replace(/\s+/g, '').includes(q))?.[1] ?? [];
        const lost = stg.find(([, iss]) => !iss.includes(lc.issue))?.[0] ?? 'after-winners';
        why = inSent(k) ? (det.startsWith('chose []') ? 'QS-chose-nothing@' + lost : 'QS-chose-other@' + lost) : inSent(lc.actor, sentHolder) ? 'QS:holder-in-quote-sentence,issue-not-hit' : !holders.has(lc.actor) ? 'no-holder' : hitIn.has(k) ? 'hit-in-holder-sentence-not-chosen' : 'holder-but-issue-not-in-its-sentences'; }
      else if ((calls.get(k) ?? 0) > (rus.get(k)?.length ?? 0)) why = 'dropped-after';
      else why = 'L' + [...new Set(rus.get(k))].join(',');
      tally.set(why, (tally.get(why) ?? 0) + 1);
      const e = ex.get(why) ?? ex.set(why, []).get(why)!;
      e.push(`${s} ${a.id} ${lc.actor} ${lc.issue} ${lc.stance}: ${lc.quote}` + (why.startsWith('QS') ? '\n        ' + ([...detail].find(([kk]) => kk.startsWith(lc.actor + '|') && kk.slice(lc.actor.length + 1).replace(/\s+/g, '').includes(lc.quote.replace(/\s+/g, '')))?.[1] ?? '') : ''));
    }
  }
}
for (const [w, n] of [...tally].sort((x, y) => y[1] - x[1])) {
  console.log(n, w);
  if (process.argv[3]) for (const e of ex.get(w)!.slice(0, Number(process.argv[3]))) console.log('    ' + e);
}
'''
open('scratch/instr/why-missed.ts', 'w').write(DRIVER)
sys.exit(subprocess.call(['npx', 'tsx', 'scratch/instr/why-missed.ts'] + sys.argv[1:]))

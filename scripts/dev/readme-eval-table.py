#!/usr/bin/env python3
"""Regenerate the README eval table from two `npm run eval -- ... --quiet --groups` outputs (start reader, this reader).
usage: scripts/dev/readme-eval-table.py START_OUT NOW_OUT [DESCRIPTIONS.json]   (rewrites README.md in place; the JSON maps
new or changed sets to their "how it was written" text, the others keep theirs)"""
import json, re, sys, os
start_out, now_out = sys.argv[1:3]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
def parse(path):
    d = {}
    for l in open(path):
        m = re.match(r'^(\S+)\s+claims P\s+([\d.]+) R\s+([\d.]+) F1\s+([\d.]+)\s+alerts (\d+) raised, (\d+) labelled, (\d+) correct, (\d+) false alarms', l)
        if m:
            n = m.group(1)
            p, r, f = m.group(2, 3, 4)
            raised, lab, cor, fa = map(int, m.group(5, 6, 7, 8))
            ap = cor / raised if raised else 1.0
            d[n] = (f'{p} / {r} / {f}', f'{ap:.2f} / {cor / lab if lab else 0:.2f} / {fa}')
    return d
S, N = parse(start_out), parse(now_out)
groups = [l.rstrip('\n').split('\t') for l in open(f'{ROOT}/eval/groups.tsv') if l.strip() and not l.startswith('#')]
readme = open(f'{ROOT}/README.md').read()
head_re = re.compile(r'^\| set \| how it was written \|.*$', re.M)
lines = readme.split('\n')
hi = next(i for i, l in enumerate(lines) if l.startswith('| set | how it was written |'))
end = hi + 2
while end < len(lines) and lines[end].startswith('|'): end += 1
old_rows = lines[hi + 2:end]
desc = {}
for r in old_rows:
    m = re.match(r'^\| `([^`]+)` \([^)]*\) \| (.*?) \| [^|]* \| [^|]* \|$', r)
    if m: desc[os.path.basename(m.group(1))] = m.group(2)
NEW_DESC = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else {}
desc.update(NEW_DESC)
rows = []
for name, g in groups:
    d = '../shared/eval/dev' if name == 'dev' else f'eval/{name}'
    lab = json.load(open(f'{ROOT}/{d}/labels.json'))
    na = len(os.listdir(f'{ROOT}/{d}/articles'))
    nc = sum(len(v) for v in lab['claims'].values())
    ns = len(lab.get('shifts', []))
    c = S[name][0] if S[name][0] == N[name][0] else f'{S[name][0]} -> {N[name][0]}'
    a = S[name][1] if S[name][1] == N[name][1] else f'{S[name][1]} -> {N[name][1]}'
    rows.append(f'| `{d}` ({na} articles, {nc} claims, {ns} shifts) | {desc[name]} | {c} | {a} |')
lines[hi] = '| set | how it was written | claims P / R / F1, session-30 start -> now | shift alerts P / R / false alarms, start -> now |'
lines[hi + 2:end] = rows
open(f'{ROOT}/README.md', 'w').write('\n'.join(lines))
print(len(rows), 'rows')

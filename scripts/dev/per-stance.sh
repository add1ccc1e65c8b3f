#!/bin/bash
# usage: scripts/dev/per-stance.sh OUTDIR (absolute path) — per-set quiet evals (parallel 3), then per-group per-stance micro P/R
cd "$(dirname "$0")/../.."; mkdir -p $1
grep -v '^#' eval/groups.tsv | while IFS=$'\t' read s g; do d=eval/$s; [ $s = dev ] && d=../shared/eval/dev; npm run -s eval -- $d --quiet > $1/$s.txt 2>&1 & while [ $(jobs -r | wc -l) -ge 3 ]; do sleep 0.2; done; done; wait
python3 - $1 <<'PY'
import sys,re,collections
d=sys.argv[1]; g=collections.defaultdict(lambda: collections.defaultdict(lambda:[0,0,0]))
for line in open('eval/groups.tsv'):
    if line.startswith('#') or not line.strip(): continue
    s,grp=line.strip().split('\t')
    for l in open(f'{d}/{s}.txt'):
        m=re.match(r'^(support|oppose|conditional)\s+P.*\(tp (\d+), fp (\d+), fn (\d+)\)',l)
        if m:
            t=g[grp][m.group(1)]; t[0]+=int(m.group(2)); t[1]+=int(m.group(3)); t[2]+=int(m.group(4))
for grp,st in g.items():
    print(grp, '  '.join(f"{k}: P {v[0]/max(1,v[0]+v[1]):.2f} R {v[0]/max(1,v[0]+v[2]):.2f} (tp {v[0]} fp {v[1]} fn {v[2]})" for k,v in st.items()))
PY

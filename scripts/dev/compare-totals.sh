#!/bin/bash
# usage: scripts/dev/compare-totals.sh OLD NEW — two eval-all.sh outputs: the sets whose line changed (holdout sets
# included: summary lines only), claims and alerts summed over every holdout group, and the group lines that changed
cd "$(dirname "$0")/../.."
scripts/dev/compare-evals.sh "$1" "$2" | grep -v "^  "
for f in "$1" "$2"; do grep "^  holdout" "$f" | python3 -c "
import sys, re
tp = fp = fn = ac = af = 0
for l in sys.stdin:
    m = re.search(r'tp (\d+), fp (\d+), fn (\d+)\), alerts (\d+) correct / (\d+) false', l)
    tp += int(m[1]); fp += int(m[2]); fn += int(m[3]); ac += int(m[4]); af += int(m[5])
print('$f', 'holdouts tp', tp, 'fp', fp, 'fn', fn, 'alerts', ac, '/', af)"; done
diff <(grep "^  " "$1") <(grep "^  " "$2")

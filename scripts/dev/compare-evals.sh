#!/bin/bash
# usage: scripts/dev/compare-evals.sh OLD NEW — per-set changes and the group lines of NEW
paste -d'\n' <(grep "claims P" $1) <(grep "claims P" $2) | paste - - | awk -F'\t' '$1!=$2{print "OLD " $1; print "NEW " $2}' | sed -E 's/ +/ /g'
grep "^  " $2

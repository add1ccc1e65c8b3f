#!/bin/bash
# usage: scripts/dev/eval-full.sh OUTDIR (absolute path) [GROUP-REGEX] — full eval (misses, false claims) of each set
# in eval/groups.tsv whose group matches GROUP-REGEX (default: every studied or never-studied set, no holdouts), one
# file per set
cd "$(dirname "$0")/../.."
mkdir -p "$1"
re=${2:-'^(studied|never-studied)'}
grep -v '^#' eval/groups.tsv | awk -F'\t' -v re="$re" '$2 ~ re {print $1}' | while read s; do
  if [ "$s" = dev ]; then d=../shared/eval/dev; else d=eval/$s; fi
  echo "$d $1/$s.txt"
done | xargs -P 2 -n 2 sh -c 'npm run -s eval -- "$0" > "$1" 2>&1'
ls "$1" | wc -l
